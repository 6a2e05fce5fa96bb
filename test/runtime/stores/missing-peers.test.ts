import { describe, expect, it, vi } from "vitest";
import { ConfigurationStoreError } from "../../../runtime/errors.js";
import { AppConfigAgentStore } from "../../../runtime/stores/appconfig-agent-store.js";
import { AppConfigStore } from "../../../runtime/stores/appconfig-store.js";
import { startAppConfigAgentServer } from "../../support/local-servers.js";

// As if neither optional peer were installed in the user's project.
vi.mock("@jmespath-community/jmespath", () => {
  throw new Error("Cannot find package '@jmespath-community/jmespath'");
});
vi.mock("@aws-sdk/client-appconfigdata", () => {
  throw new Error("Cannot find package '@aws-sdk/client-appconfigdata'");
});

describe("an optional peer that is not installed", () => {
  it("makes AppConfigStore fail with a store error naming the package to install", async () => {
    const store = new AppConfigStore({ application: "shop", environment: "prod", profile: "features" });
    const failure = store.getConfiguration();
    await expect(failure).rejects.toThrow(ConfigurationStoreError);
    await expect(failure).rejects.toThrow(
      "AppConfigStore needs the optional peer dependency @aws-sdk/client-appconfigdata, which could not be loaded (npm install @aws-sdk/client-appconfigdata)",
    );
  });

  it("makes the envelope option fail with a store error naming JMESPath, while the store works without one", async () => {
    const server = await startAppConfigAgentServer();
    try {
      server.deploy("shop", "prod", "features", { service: { flags: { beta: { default: true } } } });
      const options = { application: "shop", environment: "prod", profile: "features", port: server.port };
      const enveloped = new AppConfigAgentStore({ ...options, envelope: "service.flags" }).getConfiguration();
      await expect(enveloped).rejects.toThrow(ConfigurationStoreError);
      await expect(enveloped).rejects.toThrow(
        "The envelope option needs the optional peer dependency @jmespath-community/jmespath, which could not be loaded (npm install @jmespath-community/jmespath)",
      );
      expect(await new AppConfigAgentStore(options).getConfiguration()).toEqual({ service: { flags: { beta: { default: true } } } });
    } finally {
      await server.close();
    }
  });
});
