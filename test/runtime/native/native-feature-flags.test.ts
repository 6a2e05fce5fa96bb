import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StoredDocument } from "../../../generator/pipeline/load/native/stored/stored-document.js";
import { ConfigurationStoreError, FlagEvaluationError } from "../../../runtime/errors.js";
import { NativeFeatureFlags, type NativeFeatureFlagsOptions } from "../../../runtime/native/native-feature-flags.js";
import { AppConfigAgentStore } from "../../../runtime/stores/appconfig-agent-store.js";
import { AppConfigStore } from "../../../runtime/stores/appconfig-store.js";
import { FileStore } from "../../../runtime/stores/file-store.js";
import { startAppConfigAgentServer, startAppConfigDataServer, type AppConfigAgentServer } from "../../support/local-servers.js";
import { DOCUMENT_A, DOCUMENT_D } from "../../support/native/doc-examples.js";
import { localDataClient } from "../../support/sdk-client.js";

// Example D: "banner" has variants (Holiday when country begins with U or locale matches ^fr,
// else Plain); "dark_mode" is a basic flag.
const HOME = DOCUMENT_D as StoredDocument;
const CHECKOUT = DOCUMENT_A as StoredDocument;

let agent: AppConfigAgentServer;
const logger = { warn: vi.fn(), error: vi.fn() };
beforeEach(async () => {
  agent = await startAppConfigAgentServer();
  agent.deployFeatureFlags("shop", "prod", "home", HOME);
  logger.warn.mockClear();
  logger.error.mockClear();
});
afterEach(() => agent.close());

const agentStore = (profile = "home") => new AppConfigAgentStore({ application: "shop", environment: "prod", profile, port: agent.port });
const flagsWith = (options: Partial<NativeFeatureFlagsOptions> = {}) =>
  new NativeFeatureFlags({ store: agentStore(), fallbackDocument: HOME, logger, ...options });

describe("NativeFeatureFlags through the AppConfig agent", () => {
  it("answers basic flags from the profile and asks the agent for each multi-variant flag with the caller's context", async () => {
    const flags = flagsWith();
    expect(await flags.evaluate("dark_mode")).toEqual({ enabled: true });
    expect(await flags.evaluate("banner", { country: "US" })).toEqual({ _variant: "Holiday", enabled: true, text: "Happy holidays" });
    expect(await flags.evaluate("banner", { country: "DE" })).toEqual({ _variant: "Plain", enabled: true, text: "Welcome" });
    expect(await flags.evaluate("banner", { country: "DE", locale: "fr-CA" })).toEqual({ _variant: "Holiday", enabled: true, text: "Happy holidays" });
    expect(logger.warn).not.toHaveBeenCalled();
    expect(logger.error).not.toHaveBeenCalled();
  });

  it("says how each answer was reached: STATIC, RULE_MATCH or DEFAULT with the variant", async () => {
    const flags = flagsWith();
    expect(await flags.evaluateDetails("dark_mode")).toEqual({ value: { enabled: true }, reason: "STATIC" });
    expect(await flags.evaluateDetails("banner", { country: "US" })).toMatchObject({ reason: "RULE_MATCH", variant: "Holiday" });
    expect(await flags.evaluateDetails("banner", {})).toMatchObject({ reason: "DEFAULT", variant: "Plain" });
  });

  it("lists the enabled flags with one request for the whole profile", async () => {
    const store = agentStore();
    const asked = vi.spyOn(store, "getFlags");
    const single = vi.spyOn(store, "getFlag");
    const flags = flagsWith({ store });
    expect(await flags.getEnabledFeatures({ country: "US" })).toEqual(["banner", "dark_mode"]);
    expect(asked).toHaveBeenCalledTimes(1);
    expect(single).not.toHaveBeenCalled();
  });

  it("replaces an answer its generated type rules out (an unknown variant) by the build-time default variant, warning once", async () => {
    const renamed = structuredClone(HOME) as unknown as { values: { banner: { _variants: { name: string }[] } } };
    const first = renamed.values.banner._variants[0];
    if (first) first.name = "Festive";
    agent.deployFeatureFlags("shop", "prod", "home", renamed as unknown as StoredDocument);
    const flags = flagsWith();
    expect(await flags.evaluate("banner", { country: "US" })).toEqual({ _variant: "Plain", enabled: true, text: "Welcome" });
    expect(await flags.evaluate("banner", { country: "US" })).toEqual({ _variant: "Plain", enabled: true, text: "Welcome" });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(logger.warn.mock.calls[0])).toContain('has the variant the string \\"Festive\\", which the generated code does not know');
    await expect(flagsWith({ strict: true }).evaluate("banner", { country: "US" })).rejects.toThrow(FlagEvaluationError);
  });

  it("falls back to the build-time default variant when the agent fails, and logs the cause once at error level", async () => {
    agent.faults.inject("GetConfiguration", { kind: "status", status: 500 }, "always");
    const flags = flagsWith();
    expect(await flags.evaluate("banner", { country: "US" })).toEqual({ _variant: "Plain", enabled: true, text: "Welcome" });
    expect(await flags.evaluate("banner", { country: "US" })).toEqual({ _variant: "Plain", enabled: true, text: "Welcome" });
    expect(await flags.evaluateDetails("dark_mode")).toMatchObject({ value: { enabled: true }, reason: "FALLBACK", source: "build-time-defaults" });
    expect(logger.error).toHaveBeenCalledTimes(1);
    await expect(flagsWith({ strict: true }).evaluate("banner", {})).rejects.toThrow(ConfigurationStoreError);
  });

  it("refuses a context value the Context header cannot carry, falling back instead of sending something else", async () => {
    const flags = flagsWith();
    expect(await flags.evaluate("banner", { country: "US,DE" })).toEqual({ _variant: "Plain", enabled: true, text: "Welcome" });
    expect(JSON.stringify(logger.error.mock.calls[0])).toContain("cannot be sent in a Context header");
  });

  it("answers a flag the live profile lacks from the build-time document", async () => {
    agent.deployFeatureFlags("shop", "prod", "home", { version: "1", flags: { banner: HOME.flags?.["banner"] ?? {} }, values: { banner: HOME.values?.["banner"] ?? {} } } as StoredDocument);
    expect(await flagsWith().evaluateDetails("dark_mode")).toMatchObject({ value: { enabled: true }, reason: "FALLBACK", source: "build-time-defaults" });
  });
});

describe("NativeFeatureFlags through other stores", () => {
  it("reads a basic-only profile through the data API as its resolved JSON map", async () => {
    const data = await startAppConfigDataServer();
    const client = localDataClient(data.url);
    try {
      data.deployFeatureFlags("shop", "prod", "checkout", CHECKOUT);
      const store = new AppConfigStore({ application: "shop", environment: "prod", profile: "checkout", client });
      const flags = new NativeFeatureFlags({ store, fallbackDocument: CHECKOUT, logger });
      expect(await flags.evaluate("checkout_v2")).toEqual({ enabled: true, max_items: 50, theme: "dark", regions: ["eu-west-1"], beta_badge: false });
      expect(await flags.evaluate("kill_switch")).toEqual({ enabled: false });
    } finally {
      client.destroy();
      await data.close();
    }
  });

  it("says plainly that a profile with variants needs the agent when the data API serves it as Ion", async () => {
    const data = await startAppConfigDataServer();
    const client = localDataClient(data.url);
    try {
      data.deployFeatureFlags("shop", "prod", "home", HOME);
      const store = new AppConfigStore({ application: "shop", environment: "prod", profile: "home", client });
      const flags = new NativeFeatureFlags({ store, fallbackDocument: HOME, logger });
      expect(await flags.evaluate("banner", { country: "US" })).toEqual({ _variant: "Plain", enabled: true, text: "Welcome" });
      expect(JSON.stringify(logger.warn.mock.calls[0])).toContain("is served as Amazon Ion");
      expect(JSON.stringify(logger.warn.mock.calls[0])).toContain("FLAGTYPE_STORE=agent");
      await expect(new NativeFeatureFlags({ store, fallbackDocument: HOME, strict: true }).evaluate("dark_mode")).rejects.toThrow(/served as Amazon Ion/);
    } finally {
      client.destroy();
      await data.close();
    }
  });

  it("reads a stored document from a flags file (FileStore), multi-variant flags at their default variant", async () => {
    const folder = await mkdtemp(join(tmpdir(), "flagtype-native-"));
    try {
      await writeFile(join(folder, "home.json"), JSON.stringify(HOME));
      const flags = new NativeFeatureFlags({ store: new FileStore(join(folder, "home.json")), fallbackDocument: HOME, logger });
      expect(await flags.evaluate("dark_mode")).toEqual({ enabled: true });
      expect(await flags.evaluate("banner", { country: "US" })).toEqual({ _variant: "Plain", enabled: true, text: "Welcome" });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe("the OpenFeature provider over native flags", () => {
  it("resolves a boolean as the flag's enabled, an object as its answer, with the variant", async () => {
    const { OpenFeature } = await import("@openfeature/server-sdk");
    const { FlagtypeProvider } = await import("../../../runtime/openfeature/provider.js");
    const domain = `native-${Math.random()}`;
    await OpenFeature.setProviderAndWait(domain, new FlagtypeProvider(flagsWith()));
    const client = OpenFeature.getClient(domain);
    expect(await client.getBooleanDetails("banner", false, { country: "US" })).toMatchObject({ value: true, reason: "TARGETING_MATCH", variant: "Holiday" });
    expect(await client.getObjectDetails("banner", {}, {})).toMatchObject({ value: { _variant: "Plain", enabled: true, text: "Welcome" }, reason: "DEFAULT", variant: "Plain" });
    expect(await client.getBooleanDetails("dark_mode", false)).toMatchObject({ value: true, reason: "STATIC" });
    await OpenFeature.clearProviders();
  });
});
