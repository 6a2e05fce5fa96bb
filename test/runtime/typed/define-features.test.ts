import { afterEach, describe, expect, test, vi } from "vitest";
import { ConfigurationError } from "../../../runtime/errors.js";
import { defineFeatures, type BuildTimeDocument } from "../../../runtime/typed/define-features.js";
import { InMemoryStore } from "../../../runtime/stores/in-memory-store.js";

const defaults: BuildTimeDocument = {
  premium: { default: false, rules: { p: { when_match: true, conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } } },
  always: { default: true },
  price: { boolean_type: false, default: "standard" },
};

interface Contexts {
  readonly premium: { readonly tier: string };
  readonly always: undefined;
  readonly price: undefined;
}
interface Values {
  readonly premium: boolean;
  readonly always: boolean;
  readonly price: string;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

function define() {
  const logger = { warn: vi.fn(), error: vi.fn() };
  const features = defineFeatures<Contexts, Values>({ profile: "features", defaults });
  return { features, logger };
}

describe("defineFeatures", () => {
  test("unconfigured: the build-time document, with one error-level report however many calls", async () => {
    const { features, logger } = define();
    features.configure({ logger });
    expect(await features.evaluate("premium", { tier: "premium" })).toBe(true);
    expect(await features.evaluate("always")).toBe(true);
    expect(await features.getEnabledFeatures({ tier: "free" })).toEqual(["always", "price"]);
    expect(logger.warn).not.toHaveBeenCalled();
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]?.[0]).toMatch(/^flagtype: no store configured: set FLAGTYPE_STORE .* \(profile "features"\); using build-time defaults$/);
    expect(logger.error.mock.calls[0]?.[1]).toEqual({ variable: "FLAGTYPE_STORE", validValues: ['"appconfig"', '"agent"', '"file:<path>"'] });
  });

  test("misconfigured without strict: a logger without error() gets the report as a warning", async () => {
    vi.stubEnv("FLAGTYPE_STORE", "apconfig");
    const warn = vi.fn();
    const features = defineFeatures<Contexts, Values>({ profile: "features", defaults });
    features.configure({ logger: { warn } });
    expect(await features.evaluate("always")).toBe(true);
    expect(await features.evaluate("always")).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain('FLAGTYPE_STORE is "apconfig", an unknown store');
  });

  test.each([
    ["no store configured", "FLAGTYPE_STORE", {}],
    ["FLAGTYPE_STORE=apconfig", "FLAGTYPE_STORE", { FLAGTYPE_STORE: "apconfig" }],
    ["FLAGTYPE_STORE=appconfig without an application", "FLAGTYPE_APPCONFIG_APPLICATION", { FLAGTYPE_STORE: "appconfig", FLAGTYPE_APPCONFIG_ENVIRONMENT: "prod" }],
    ["a malformed FLAGTYPE_MAX_AGE", "FLAGTYPE_MAX_AGE", { FLAGTYPE_STORE: "agent", FLAGTYPE_APPCONFIG_APPLICATION: "shop", FLAGTYPE_APPCONFIG_ENVIRONMENT: "prod", FLAGTYPE_MAX_AGE: "5s" }],
  ])("strict with %s: every accessor rejects with a ConfigurationError naming %s; nothing is logged", async (_name, variable, environment: Record<string, string>) => {
    for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
    const { features, logger } = define();
    features.configure({ logger, strict: true });
    const failure: unknown = await features.evaluate("always").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigurationError);
    expect(failure).toMatchObject({ variable, validValues: expect.any(Array) });
    await expect(features.evaluate("premium", { tier: "free" })).rejects.toBe(failure);
    await expect(features.getEnabledFeatures({ tier: "free" })).rejects.toBe(failure);
    expect(logger.error).not.toHaveBeenCalled();
    expect(logger.warn).not.toHaveBeenCalled();
    // Test overrides need no store: they still answer.
    const overrides = features.override({ always: false });
    expect(await features.evaluate("always")).toBe(false);
    expect(await features.getEnabledFeatures({ tier: "free" })).toEqual(["price"]);
    overrides.restore();
  });

  test("a configured store wins; flags it lacks answer their build-time default everywhere", async () => {
    const { features, logger } = define();
    const store = new InMemoryStore({ premium: { default: true }, unknown_live_flag: { default: true } });
    features.configure({ store, logger });
    expect(await features.evaluate("premium", { tier: "free" })).toBe(true);
    expect(await features.evaluate("always")).toBe(true);
    expect(await features.evaluate("price")).toBe("standard");
    // always (default true) and price (default "standard", truthy) are missing live: on, as evaluate says.
    expect(await features.getEnabledFeatures({ tier: "free" })).toEqual(["premium", "always", "price"]);
    store.setDocument({ premium: { default: false }, always: { default: false }, price: { boolean_type: false, default: "" } });
    expect(await features.getEnabledFeatures({ tier: "free" })).toEqual([]);
    store.setDocument({ premium: { default: false } });
    expect(await features.getEnabledFeatures({ tier: "premium" })).toEqual(["always", "price"]);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  test("the FeatureFlags instance is created once and reused until reconfigured", async () => {
    const { features, logger } = define();
    const store = new InMemoryStore({ always: { default: false } });
    const read = vi.spyOn(store, "getConfiguration");
    const peek = vi.spyOn(store, "peek");
    features.configure({ store, logger });
    await features.evaluate("always");
    await features.evaluate("always");
    // Loaded once; the second call answers from the same, still fresh, compiled document.
    expect([read.mock.calls.length, peek.mock.calls.length]).toEqual([1, 1]);
    features.configure({ logger });
    expect(await features.evaluate("always")).toBe(true);
    expect([read.mock.calls.length, peek.mock.calls.length]).toEqual([1, 1]);
  });

  test("overrides: seen by evaluate and getEnabledFeatures, layered, restorable", async () => {
    const { features, logger } = define();
    features.configure({ store: new InMemoryStore({ always: { default: false }, premium: { default: false }, price: { boolean_type: false, default: "" } }), logger });
    const outer = features.override({ premium: true });
    expect(await features.evaluate("premium", { tier: "free" })).toBe(true);
    expect(await features.evaluate("always")).toBe(true); // the build-time document, not the store
    const inner = features.override({ price: "" });
    expect(await features.getEnabledFeatures({ tier: "free" })).toEqual(["always"]);
    inner.restore();
    expect(await features.getEnabledFeatures({ tier: "free" })).toEqual(["premium", "always", "price"]);
    outer.set({ always: false });
    expect(await features.evaluate("always")).toBe(false);
    outer.restore();
    expect(await features.evaluate("premium", { tier: "free" })).toBe(false);
    expect(await features.evaluate("always")).toBe(false);
  });

  test("overrides need no store: nothing is logged with FLAGTYPE_STORE unset, and the store is chosen once they are restored", async () => {
    vi.stubEnv("FLAGTYPE_STORE", undefined);
    const { features, logger } = define();
    features.configure({ logger });
    const overrides = features.override({ premium: true });
    expect(await features.evaluate("premium", { tier: "free" })).toBe(true);
    expect(await features.evaluate("always")).toBe(true);
    expect(await features.getEnabledFeatures({ tier: "free" })).toEqual(["premium", "always", "price"]);
    expect(logger.error).not.toHaveBeenCalled();
    overrides.restore();
    expect(await features.evaluate("premium", { tier: "free" })).toBe(false);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  test("an override given as undefined (a Partial cast past the Pick type) leaves the flag to the document", async () => {
    const { features, logger } = define();
    features.configure({ logger });
    const overrides = features.override({ premium: undefined, always: false } as never);
    expect(await features.evaluate("premium", { tier: "premium" })).toBe(true);
    expect(await features.evaluate("always")).toBe(false);
    overrides.set({ always: undefined } as never);
    expect(await features.evaluate("always")).toBe(false);
  });

  test("a logger that throws does not break evaluation", async () => {
    const { features } = define();
    features.configure({ logger: { warn: () => { throw new Error("broken logger"); } } });
    expect(await features.evaluate("always")).toBe(true);
  });
});
