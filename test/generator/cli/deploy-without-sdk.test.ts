import { describe, expect, it, vi } from "vitest";
import { makeTestProject, runIn, SEED_FLAGS } from "./cli-harness.js";

// As if the optional peer dependency were not installed.
vi.mock("@aws-sdk/client-appconfig", () => {
  throw new Error("Cannot find package '@aws-sdk/client-appconfig'");
});

describe("flagtype deploy without @aws-sdk/client-appconfig", () => {
  it("validates the file, then says how to install the SDK (exit 1)", async () => {
    const project = await makeTestProject({ "flags/features.json": SEED_FLAGS });
    const run = await runIn(project, ["deploy", "--application", "shop", "--environment", "prod", "--profile", "features"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("flags/features.json: valid (2 flags)\n");
    expect(run.stderr).toContain("flagtype: deploy needs @aws-sdk/client-appconfig, an optional peer dependency that is not installed: npm install --save-dev @aws-sdk/client-appconfig");
  });
});
