import { beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import { compileDocument } from "../../runtime/engine/compile.js";
import { ConfigurationStoreError, DocumentValidationError, FlagEvaluationError } from "../../runtime/errors.js";
import { FeatureFlags, type FeatureFlagsOptions } from "../../runtime/feature-flags.js";
import { ScriptedStore } from "./scripted-store.js";

vi.mock("../../runtime/engine/compile.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../runtime/engine/compile.js")>();
  return { ...original, compileDocument: vi.fn(original.compileDocument) };
});

const premium = (whenMatch: boolean, fallback = false) => ({
  premium_features: {
    default: fallback,
    rules: { premium: { when_match: whenMatch, conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } },
  },
  tier_feature: { default: true },
});
const INVALID = { premium_features: { default: "yes" } };
const DEFAULTS = { premium_features: { default: true }, tier_feature: { default: false } };

let store: ScriptedStore;
let warn: Mock<(message: string, ...extra: unknown[]) => void>;
const flagsWith = (options: Partial<FeatureFlagsOptions> = {}) => new FeatureFlags({ store, logger: { warn }, ...options });
const premiumFor = (flags: FeatureFlags, tier: string) => flags.evaluate("premium_features", { tier }, "caller-default");

beforeEach(() => {
  store = new ScriptedStore(premium(true));
  warn = vi.fn();
  vi.mocked(compileDocument).mockClear();
});

describe("FeatureFlags: live document", () => {
  it("evaluates rules and lists enabled features", async () => {
    const flags = flagsWith();
    expect([await premiumFor(flags, "premium"), await premiumFor(flags, "free")]).toEqual([true, false]);
    expect(await flags.getEnabledFeatures({ tier: "premium" })).toEqual(["premium_features", "tier_feature"]);
    expect(await flags.evaluate("absent", {}, 42)).toBe(42);
    expect(warn).not.toHaveBeenCalled();
  });

  it("lists a feature the document lacks when the given default for it is truthy, as evaluate answers it", async () => {
    const flags = flagsWith();
    const defaults = { tier_feature: false, absent_on: "yes", absent_off: 0, premium_features: false };
    expect(await flags.getEnabledFeatures({ tier: "free" }, defaults)).toEqual(["tier_feature", "absent_on"]);
    expect(await flags.evaluate("absent_on", {}, defaults.absent_on)).toBe("yes");
    store.next = { document: { tier_feature: { default: false } } };
    expect(await flags.getEnabledFeatures({}, defaults)).toEqual(["absent_on"]);
  });

  it("compiles once per fetched document object", async () => {
    const flags = flagsWith();
    for (let i = 0; i < 5; i += 1) await premiumFor(flags, "premium");
    expect(compileDocument).toHaveBeenCalledTimes(1);
    store.next = { document: premium(false) };
    expect(await premiumFor(flags, "premium")).toBe(false);
    await premiumFor(flags, "premium");
    expect(compileDocument).toHaveBeenCalledTimes(2);
  });

  it("hands the clock to schedule actions", async () => {
    const window = { START: "2024-06-01T00:00:00", END: "2024-06-30T23:59:59" };
    store.next = {
      document: { sale: { default: false, rules: { june: { when_match: true, conditions: [{ action: "SCHEDULE_BETWEEN_DATETIME_RANGE", key: "CURRENT_DATETIME", value: window }] } } } },
    };
    const clock = vi.fn(() => new Date("2024-06-15T12:00:00Z"));
    await flagsWith({ clock }).evaluate("sale", {}, null);
    expect(clock).toHaveBeenCalled();
  });

  it("returns the live validated document from getConfiguration", async () => {
    expect(await flagsWith().getConfiguration()).toEqual(premium(true));
  });
});

describe("FeatureFlags: fallback chain", () => {
  it("keeps the last known good document when the store fails, logging once", async () => {
    const flags = flagsWith({ fallbackDocument: DEFAULTS });
    expect(await premiumFor(flags, "premium")).toBe(true);
    store.next = { error: new ConfigurationStoreError("network down") };
    for (let i = 0; i < 3; i += 1) expect(await premiumFor(flags, "premium")).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith("flagtype: store-failed; using last known good document", {
      cause: "store-failed",
      fallback: "last known good document",
      error: "network down",
    });
  });

  it("rejects an invalid document, keeps the last known good one, and validates it only once", async () => {
    const flags = flagsWith();
    await premiumFor(flags, "premium");
    store.next = { document: INVALID };
    for (let i = 0; i < 3; i += 1) expect(await premiumFor(flags, "premium")).toBe(true);
    expect(compileDocument).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toBe("flagtype: document-invalid; using last known good document");
  });

  it("uses the build-time defaults when no live document was ever good", async () => {
    store.next = { error: new Error("no credentials") };
    const flags = flagsWith({ fallbackDocument: DEFAULTS });
    expect(await premiumFor(flags, "free")).toBe(true);
    expect(await flags.getEnabledFeatures({})).toEqual(["premium_features"]);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[1]).toMatchObject({ fallback: "build-time defaults", error: "store failed: Error: no credentials" });
  });

  it("uses the caller's default when there is nothing else", async () => {
    store.next = { document: INVALID };
    const flags = flagsWith();
    expect(await premiumFor(flags, "premium")).toBe("caller-default");
    expect(await flags.getEnabledFeatures({ tier: "premium" })).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toBe("flagtype: document-invalid; using caller defaults");
  });

  it("ignores invalid build-time defaults, saying so once", async () => {
    store.next = { error: new ConfigurationStoreError("down") };
    const flags = flagsWith({ fallbackDocument: INVALID });
    expect(await premiumFor(flags, "premium")).toBe("caller-default");
    expect(await premiumFor(flags, "premium")).toBe("caller-default");
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      "flagtype: build-time defaults are invalid; ignoring them",
      "flagtype: store-failed; using caller defaults",
    ]);
  });

  it("logs each distinct cause once, and again after a recovery", async () => {
    const flags = flagsWith({ fallbackDocument: DEFAULTS });
    const fail = async (message: string) => {
      store.next = { error: new ConfigurationStoreError(message) };
      await premiumFor(flags, "premium");
      await premiumFor(flags, "premium");
    };
    await fail("timeout");
    await fail("throttled");
    await fail("timeout");
    expect(warn).toHaveBeenCalledTimes(2);
    store.next = { document: premium(true) };
    await premiumFor(flags, "premium");
    await fail("timeout");
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it("survives a logger that throws", async () => {
    store.next = { error: new ConfigurationStoreError("down") };
    const flags = flagsWith({ logger: { warn: () => { throw new Error("logger broke"); } }, fallbackDocument: DEFAULTS });
    expect(await premiumFor(flags, "free")).toBe(true);
  });

  it("turns an evaluation defect into the caller's default", async () => {
    const hostile = Object.defineProperty({}, "tier", { enumerable: true, get: () => { throw new Error("getter exploded"); } });
    const flags = flagsWith();
    expect(await flags.evaluate("premium_features", hostile, "caller-default")).toBe("caller-default");
    expect(warn.mock.calls[0]?.[1]).toMatchObject({ error: expect.stringContaining("getter exploded") });
  });
});

describe("FeatureFlags: strict mode and getConfiguration", () => {
  it("throws a ConfigurationStoreError when the store fails, even with a last known good document", async () => {
    const flags = flagsWith({ strict: true, fallbackDocument: DEFAULTS });
    await premiumFor(flags, "premium");
    const cause = new TypeError("socket closed");
    store.next = { error: cause };
    const error: unknown = await premiumFor(flags, "premium").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationStoreError);
    expect((error as Error).cause).toBe(cause);
    await expect(flags.getEnabledFeatures({})).rejects.toBeInstanceOf(ConfigurationStoreError);
    expect(warn).not.toHaveBeenCalled();
  });

  it("throws the DocumentValidationError with its issues for an invalid document", async () => {
    store.next = { document: INVALID };
    const error: unknown = await premiumFor(flagsWith({ strict: true }), "premium").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocumentValidationError);
    expect((error as DocumentValidationError).issues[0]?.path).toEqual(["premium_features", "default"]);
  });

  it("throws a FlagEvaluationError naming the flag for an evaluation defect", async () => {
    const hostile = Object.defineProperty({}, "tier", { enumerable: true, get: () => { throw new Error("getter exploded"); } });
    const error: unknown = await flagsWith({ strict: true }).evaluate("premium_features", hostile, false).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FlagEvaluationError);
    expect((error as FlagEvaluationError).flag).toBe("premium_features");
  });

  it("getConfiguration throws typed errors in either mode", async () => {
    const flags = flagsWith({ fallbackDocument: DEFAULTS });
    store.next = { document: INVALID };
    await expect(flags.getConfiguration()).rejects.toBeInstanceOf(DocumentValidationError);
    store.next = { error: "plain string failure" };
    await expect(flags.getConfiguration()).rejects.toBeInstanceOf(ConfigurationStoreError);
  });
});

describe("FeatureFlags: a store that can peek at its fresh document", () => {
  /** A scripted store that also says, synchronously, what it would serve now (undefined: it would refresh). */
  class PeekingStore extends ScriptedStore {
    fresh: unknown;
    reads = 0;
    peek(): unknown {
      return this.fresh;
    }
    override async getConfiguration(): Promise<unknown> {
      this.reads += 1;
      return super.getConfiguration();
    }
  }
  let peeking: PeekingStore;
  let live: ReturnType<typeof premium>;
  beforeEach(() => {
    live = premium(true);
    peeking = new PeekingStore(live);
  });
  const peekingFlags = (options: Partial<FeatureFlagsOptions> = {}) => new FeatureFlags({ store: peeking, logger: { warn }, ...options });

  it("answers from the compiled document without reading the store while peek gives that same document", async () => {
    const flags = peekingFlags();
    expect(await premiumFor(flags, "premium")).toBe(true);
    peeking.fresh = live;
    const answer = premiumFor(flags, "free");
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toBe(false);
    expect(await flags.evaluate("absent", {}, 42)).toBe(42);
    expect(peeking.reads).toBe(1);
  });

  it("loads, validates and compiles when peek gives another document or nothing", async () => {
    const flags = peekingFlags();
    await premiumFor(flags, "premium");
    peeking.fresh = undefined;
    await premiumFor(flags, "premium");
    expect(peeking.reads).toBe(2);
    const changed = premium(false);
    peeking.next = { document: changed };
    peeking.fresh = changed;
    expect(await premiumFor(flags, "premium")).toBe(false);
    expect(peeking.reads).toBe(3);
    expect(await premiumFor(flags, "premium")).toBe(false);
    expect(peeking.reads).toBe(3);
  });

  it("ignores a peek that throws", async () => {
    const flags = peekingFlags();
    await premiumFor(flags, "premium");
    peeking.peek = () => {
      throw new Error("broken peek");
    };
    expect(await premiumFor(flags, "premium")).toBe(true);
    expect(peeking.reads).toBe(2);
  });

  it("rejects, never throws synchronously, on an evaluation defect in strict mode", async () => {
    const flags = peekingFlags({ strict: true });
    await premiumFor(flags, "premium");
    peeking.fresh = live;
    const hostile = Object.defineProperty({}, "tier", { enumerable: true, get: () => { throw new Error("getter exploded"); } });
    let answer: Promise<unknown> | undefined;
    expect(() => (answer = flags.evaluate("premium_features", hostile, false))).not.toThrow();
    await expect(answer).rejects.toBeInstanceOf(FlagEvaluationError);
    expect(peeking.reads).toBe(1);
  });
});
