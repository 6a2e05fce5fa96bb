import { ErrorCode, OpenFeature, ProviderStatus, StandardResolutionReasons, type Client } from "@openfeature/server-sdk";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationStoreError } from "../../../runtime/errors.js";
import { FeatureFlags, type FeatureFlagsOptions } from "../../../runtime/feature-flags.js";
import { FlagtypeProvider } from "../../../runtime/openfeature/index.js";
import { ScriptedStore } from "../scripted-store.js";

const equals = (key: string, value: unknown) => ({ action: "EQUALS", key, value });
const LIVE = {
  premium_features: { default: false, rules: { "premium tier": { when_match: true, conditions: [equals("tier", "premium")] } } },
  tier_feature: { default: true },
  beta_user: { default: false, rules: { "user 42": { when_match: true, conditions: [equals("targetingKey", "user-42")] } } },
  early_signup: { default: false, rules: { "signed up in 2024": { when_match: true, conditions: [{ action: "STARTSWITH", key: "signup", value: "2024-" }] } } },
  banner_text: { default: "Welcome", boolean_type: false, rules: { premium: { when_match: "Welcome back", conditions: [equals("tier", "premium")] } } },
  max_items: { default: 10, boolean_type: false, rules: { premium: { when_match: 100, conditions: [equals("tier", "premium")] } } },
  limits: { default: { rate: 5 }, boolean_type: false, rules: { list: { when_match: [1, 2], conditions: [equals("shape", "list")] }, none: { conditions: [equals("shape", "none")] } } },
};
const INVALID = { premium_features: { default: "yes" } };

const SILENT = { warn: () => undefined };
let store: ScriptedStore;

async function clientFor(options: Partial<FeatureFlagsOptions> = {}): Promise<Client> {
  await OpenFeature.setProviderAndWait(new FlagtypeProvider(new FeatureFlags({ store, logger: SILENT, ...options })));
  return OpenFeature.getClient();
}

beforeEach(() => {
  store = new ScriptedStore(LIVE);
});

afterAll(async () => {
  await OpenFeature.close();
});

describe("FlagtypeProvider with the OpenFeature server SDK", () => {
  it("registers as a ready server provider named flagtype", async () => {
    const client = await clientFor();
    expect(client.metadata.providerMetadata.name).toBe("flagtype");
    expect(client.providerStatus).toBe(ProviderStatus.READY);
  });

  it("reports TARGETING_MATCH with the rule's name as variant, DEFAULT and STATIC", async () => {
    const client = await clientFor();
    expect(await client.getBooleanDetails("premium_features", false, { tier: "premium" })).toMatchObject({
      value: true,
      reason: StandardResolutionReasons.TARGETING_MATCH,
      variant: "premium tier",
    });
    const noMatch = await client.getBooleanDetails("premium_features", true, { tier: "free" });
    expect(noMatch).toMatchObject({ value: false, reason: StandardResolutionReasons.DEFAULT });
    expect(noMatch.variant).toBeUndefined();
    expect(noMatch.errorCode).toBeUndefined();
    expect(await client.getBooleanDetails("tier_feature", false)).toMatchObject({ value: true, reason: StandardResolutionReasons.STATIC });
  });

  it("resolves strings, numbers and objects", async () => {
    const client = await clientFor();
    expect(await client.getStringValue("banner_text", "", { tier: "premium" })).toBe("Welcome back");
    expect(await client.getNumberDetails("max_items", 0, { tier: "free" })).toMatchObject({ value: 10, reason: StandardResolutionReasons.DEFAULT });
    expect(await client.getObjectValue("limits", {})).toEqual({ rate: 5 });
    expect(await client.getObjectDetails("limits", {}, { shape: "list" })).toMatchObject({ value: [1, 2], variant: "list" });
  });

  it("passes the evaluation context through, targetingKey and client context included, dates as ISO strings", async () => {
    const client = await clientFor();
    expect(await client.getBooleanValue("beta_user", false, { targetingKey: "user-42" })).toBe(true);
    expect(await client.getBooleanValue("beta_user", false, { targetingKey: "user-7" })).toBe(false);
    expect(await client.getBooleanValue("early_signup", false, { signup: new Date("2024-03-01T10:00:00Z") })).toBe(true);
    client.setContext({ tier: "premium" });
    expect(await client.getNumberValue("max_items", 0)).toBe(100);
    expect(await client.getNumberValue("max_items", 0, { tier: "free" })).toBe(10);
  });

  it("reports FLAG_NOT_FOUND with the caller's default", async () => {
    const details = await (await clientFor()).getBooleanDetails("absent", true);
    expect(details).toMatchObject({ value: true, reason: StandardResolutionReasons.ERROR, errorCode: ErrorCode.FLAG_NOT_FOUND });
    expect(details.errorMessage).toContain('"absent"');
  });

  it("reports TYPE_MISMATCH when the flag's value is not of the requested type", async () => {
    const client = await clientFor();
    const asString = await client.getStringDetails("premium_features", "caller", { tier: "premium" });
    expect(asString).toMatchObject({ value: "caller", reason: StandardResolutionReasons.ERROR, errorCode: ErrorCode.TYPE_MISMATCH });
    expect(asString.errorMessage).toBe('flag "premium_features" is a boolean, not a string');
    expect(await client.getNumberDetails("banner_text", 1)).toMatchObject({ value: 1, errorCode: ErrorCode.TYPE_MISMATCH });
    expect(await client.getBooleanDetails("max_items", false)).toMatchObject({ value: false, errorCode: ErrorCode.TYPE_MISMATCH });
    expect(await client.getObjectDetails("banner_text", { x: 1 })).toMatchObject({ value: { x: 1 }, errorCode: ErrorCode.TYPE_MISMATCH });
    const nullValue = await client.getObjectDetails("limits", { x: 1 }, { shape: "none" });
    expect(nullValue).toMatchObject({ value: { x: 1 }, errorCode: ErrorCode.TYPE_MISMATCH, errorMessage: 'flag "limits" is null, not an object' });
  });

  it("reports PARSE_ERROR for an invalid document and GENERAL for a store failure, with nothing to fall back on", async () => {
    store.next = { document: INVALID };
    const client = await clientFor();
    const parse = await client.getBooleanDetails("premium_features", true);
    expect(parse).toMatchObject({ value: true, reason: StandardResolutionReasons.ERROR, errorCode: ErrorCode.PARSE_ERROR });
    expect(parse.errorMessage).toContain("invalid feature-flags document");
    store.next = { error: new ConfigurationStoreError("network down") };
    expect(await client.getBooleanDetails("premium_features", true)).toMatchObject({
      value: true,
      reason: StandardResolutionReasons.ERROR,
      errorCode: ErrorCode.GENERAL,
      errorMessage: "network down",
    });
  });

  it("reports STALE with the source in flag metadata when a fallback document answers", async () => {
    const client = await clientFor({ fallbackDocument: { premium_features: { default: true } } });
    await client.getBooleanValue("premium_features", false);
    store.next = { error: new ConfigurationStoreError("network down") };
    expect(await client.getBooleanDetails("premium_features", false, { tier: "premium" })).toMatchObject({
      value: true,
      reason: StandardResolutionReasons.STALE,
      variant: "premium tier",
      flagMetadata: { source: "last-known-good" },
    });
    const buildTime = await (await clientFor({ fallbackDocument: { premium_features: { default: true } } })).getBooleanDetails("premium_features", false);
    expect(buildTime).toMatchObject({ value: true, reason: StandardResolutionReasons.STALE, flagMetadata: { source: "build-time-defaults" } });
  });

  it("turns strict-mode errors into PARSE_ERROR and GENERAL", async () => {
    store.next = { document: INVALID };
    const client = await clientFor({ strict: true });
    expect(await client.getBooleanDetails("premium_features", false)).toMatchObject({ value: false, errorCode: ErrorCode.PARSE_ERROR });
    store.next = { error: new ConfigurationStoreError("down") };
    expect(await client.getBooleanDetails("premium_features", false)).toMatchObject({ value: false, errorCode: ErrorCode.GENERAL, errorMessage: "down" });
  });

  it("turns anything an evaluator throws into GENERAL", async () => {
    const broken = { evaluateDetails: () => Promise.reject("not an Error") };
    await OpenFeature.setProviderAndWait(new FlagtypeProvider(broken));
    expect(await OpenFeature.getClient().getStringDetails("any", "caller")).toMatchObject({
      value: "caller",
      reason: StandardResolutionReasons.ERROR,
      errorCode: ErrorCode.GENERAL,
      errorMessage: "not an Error",
    });
  });
});
