// The "OpenFeature provider" example of docs/runtime.md, verbatim except for the import paths.
import { OpenFeature } from "@openfeature/server-sdk";
import { afterAll, expect, it } from "vitest";
import { FeatureFlags, FileStore } from "../../../runtime/index.js";
import { FlagtypeProvider } from "../../../runtime/openfeature/index.js";

afterAll(async () => {
  await OpenFeature.close();
});

it("runs the docs/runtime.md example for the OpenFeature provider", async () => {
  // --- docs/runtime.md example starts
  const flags = new FeatureFlags({ store: new FileStore("flags/features.json") });
  await OpenFeature.setProviderAndWait(new FlagtypeProvider(flags));
  const client = OpenFeature.getClient();

  const details = await client.getBooleanDetails("premium_features", false, { targetingKey: "user-42", tier: "premium" });
  // { flagKey: "premium_features", value: true, reason: "TARGETING_MATCH", variant: "customer tier equals premium", flagMetadata: {} }
  const missing = await client.getBooleanDetails("no_such_flag", false);
  // { flagKey: "no_such_flag", value: false, reason: "ERROR", errorCode: "FLAG_NOT_FOUND", errorMessage: 'flag "no_such_flag" is not defined', flagMetadata: {} }
  // --- docs/runtime.md example ends
  expect(details).toStrictEqual({
    flagKey: "premium_features",
    value: true,
    reason: "TARGETING_MATCH",
    variant: "customer tier equals premium",
    flagMetadata: {},
  });
  expect(missing).toStrictEqual({
    flagKey: "no_such_flag",
    value: false,
    reason: "ERROR",
    errorCode: "FLAG_NOT_FOUND",
    errorMessage: 'flag "no_such_flag" is not defined',
    flagMetadata: {},
  });
});
