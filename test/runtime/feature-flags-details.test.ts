import { beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import { ConfigurationStoreError, DocumentValidationError, FlagEvaluationError } from "../../runtime/errors.js";
import { FeatureFlags, type FeatureFlagsOptions } from "../../runtime/feature-flags.js";
import { ScriptedStore } from "./scripted-store.js";

const LIVE = {
  premium_features: {
    default: false,
    rules: { "premium tier": { when_match: true, conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } },
  },
  tier_feature: { default: true },
};
const DEFAULTS = { premium_features: { default: true } };
const INVALID = { premium_features: { default: "yes" } };

let store: ScriptedStore;
let warn: Mock<(message: string, ...extra: unknown[]) => void>;
const flagsWith = (options: Partial<FeatureFlagsOptions> = {}) => new FeatureFlags({ store, logger: { warn }, ...options });
const hostile = () => Object.defineProperty({}, "tier", { enumerable: true, get: () => { throw new Error("getter exploded"); } });

/** evaluateDetails, checked to agree with evaluate on the same call. */
async function detailsOf(flags: FeatureFlags, name: string, context: Record<string, unknown>, callerDefault: unknown) {
  const details = await flags.evaluateDetails(name, context, callerDefault);
  expect(details.value).toEqual(await flags.evaluate(name, context, callerDefault));
  return details;
}

beforeEach(() => {
  store = new ScriptedStore(LIVE);
  warn = vi.fn();
});

describe("evaluateDetails: live document", () => {
  it("reports STATIC, RULE_MATCH with the rule's name, and DEFAULT", async () => {
    const flags = flagsWith();
    expect(await detailsOf(flags, "tier_feature", {}, false)).toEqual({ value: true, reason: "STATIC" });
    expect(await detailsOf(flags, "premium_features", { tier: "premium" }, "caller")).toEqual({ value: true, reason: "RULE_MATCH", rule: "premium tier" });
    expect(await detailsOf(flags, "premium_features", { tier: "free" }, "caller")).toEqual({ value: false, reason: "DEFAULT" });
    expect(warn).not.toHaveBeenCalled();
  });

  it("reports FALLBACK with FLAG_NOT_FOUND and no source for a flag the live document lacks", async () => {
    const details = await detailsOf(flagsWith(), "absent", {}, 42);
    expect(details).toMatchObject({ value: 42, reason: "FALLBACK", errorCode: "FLAG_NOT_FOUND" });
    expect(details).not.toHaveProperty("source");
  });

  it("reads a missing context as empty", async () => {
    const details = await flagsWith().evaluateDetails("premium_features", undefined, "caller");
    expect(details).toEqual({ value: false, reason: "DEFAULT" });
  });

  it("turns an evaluation defect into ERROR / GENERAL with the caller's default, and logs it", async () => {
    const flags = flagsWith();
    const details = await detailsOf(flags, "premium_features", hostile(), "caller");
    expect(details).toMatchObject({ value: "caller", reason: "ERROR", errorCode: "GENERAL", errorMessage: expect.stringContaining("getter exploded") });
    expect(warn).toHaveBeenCalledWith("flagtype: evaluation-failed; using caller defaults", { error: details.errorMessage });
  });
});

describe("evaluateDetails: fallback documents", () => {
  it("reports FALLBACK from the last known good document, keeping the rule and saying why", async () => {
    const flags = flagsWith({ fallbackDocument: DEFAULTS });
    await flags.evaluate("premium_features", {}, false);
    store.next = { error: new ConfigurationStoreError("network down") };
    expect(await detailsOf(flags, "premium_features", { tier: "premium" }, "caller")).toEqual({
      value: true,
      reason: "FALLBACK",
      rule: "premium tier",
      source: "last-known-good",
      errorMessage: "network down",
    });
    expect(await detailsOf(flags, "tier_feature", {}, "caller")).toMatchObject({ value: true, reason: "FALLBACK", source: "last-known-good" });
    expect(warn).toHaveBeenCalledOnce();
  });

  it("says when the live document was invalid", async () => {
    const flags = flagsWith();
    await flags.evaluate("premium_features", {}, false);
    store.next = { document: INVALID };
    const details = await detailsOf(flags, "premium_features", { tier: "free" }, "caller");
    expect(details).toMatchObject({ value: false, reason: "FALLBACK", source: "last-known-good" });
    expect(details.errorMessage).toContain("invalid feature-flags document");
    expect(details).not.toHaveProperty("errorCode");
  });

  it("reports FALLBACK from the build-time defaults when no live document was ever good", async () => {
    store.next = { error: new Error("no credentials") };
    const details = await detailsOf(flagsWith({ fallbackDocument: DEFAULTS }), "premium_features", { tier: "free" }, "caller");
    expect(details).toEqual({ value: true, reason: "FALLBACK", source: "build-time-defaults", errorMessage: "store failed: Error: no credentials" });
  });

  it("reports FLAG_NOT_FOUND with the source when the fallback document lacks the flag", async () => {
    store.next = { document: INVALID };
    const details = await detailsOf(flagsWith({ fallbackDocument: DEFAULTS }), "tier_feature", {}, "caller");
    expect(details).toMatchObject({ value: "caller", reason: "FALLBACK", errorCode: "FLAG_NOT_FOUND", source: "build-time-defaults" });
    expect(details.errorMessage).toContain("invalid feature-flags document");
  });

  it("reports ERROR without a source when a fallback document's evaluation fails", async () => {
    store.next = { error: new ConfigurationStoreError("down") };
    const withRules = { premium_features: LIVE.premium_features };
    const details = await detailsOf(flagsWith({ fallbackDocument: withRules }), "premium_features", hostile(), "caller");
    expect(details).toMatchObject({ value: "caller", reason: "ERROR", errorCode: "GENERAL" });
    expect(details).not.toHaveProperty("source");
  });
});

describe("evaluateDetails: nothing to answer", () => {
  it("reports ERROR / GENERAL for a store failure", async () => {
    store.next = { error: new ConfigurationStoreError("timeout") };
    expect(await detailsOf(flagsWith(), "premium_features", {}, "caller")).toEqual({ value: "caller", reason: "ERROR", errorCode: "GENERAL", errorMessage: "timeout" });
  });

  it("reports ERROR / PARSE_ERROR for an invalid document", async () => {
    store.next = { document: INVALID };
    const details = await detailsOf(flagsWith(), "premium_features", {}, "caller");
    expect(details).toMatchObject({ value: "caller", reason: "ERROR", errorCode: "PARSE_ERROR" });
    expect(details.errorMessage).toContain('"premium_features"."default"');
  });

  it("ignores invalid build-time defaults", async () => {
    store.next = { error: new ConfigurationStoreError("down") };
    expect(await detailsOf(flagsWith({ fallbackDocument: INVALID }), "premium_features", {}, "caller")).toMatchObject({ reason: "ERROR", errorCode: "GENERAL" });
  });
});

describe("evaluateDetails: strict mode", () => {
  it("throws where evaluate throws", async () => {
    const flags = flagsWith({ strict: true, fallbackDocument: DEFAULTS });
    await expect(flags.evaluateDetails("premium_features", hostile(), false)).rejects.toBeInstanceOf(FlagEvaluationError);
    store.next = { error: new ConfigurationStoreError("down") };
    await expect(flags.evaluateDetails("premium_features", {}, false)).rejects.toBeInstanceOf(ConfigurationStoreError);
    store.next = { document: INVALID };
    await expect(flags.evaluateDetails("premium_features", {}, false)).rejects.toBeInstanceOf(DocumentValidationError);
    expect(warn).not.toHaveBeenCalled();
  });

  it("still answers FLAG_NOT_FOUND for an absent flag", async () => {
    const details = await flagsWith({ strict: true }).evaluateDetails("absent", {}, "caller");
    expect(details).toMatchObject({ value: "caller", reason: "FALLBACK", errorCode: "FLAG_NOT_FOUND" });
  });
});
