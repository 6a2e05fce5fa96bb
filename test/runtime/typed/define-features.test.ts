import { describe, expect, test, vi } from "vitest";
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

function define() {
  const logger = { warn: vi.fn() };
  const features = defineFeatures<Contexts, Values>({ profile: "features", defaults });
  return { features, logger };
}

describe("defineFeatures", () => {
  test("unconfigured: the build-time document, with one warning however many calls", async () => {
    const { features, logger } = define();
    features.configure({ logger });
    expect(await features.evaluate("premium", { tier: "premium" })).toBe(true);
    expect(await features.evaluate("always")).toBe(true);
    expect(await features.getEnabledFeatures({ tier: "free" })).toEqual(["always", "price"]);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0]?.[0]).toContain('no store configured for profile "features"');
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
    features.configure({ store, logger });
    await features.evaluate("always");
    await features.evaluate("always");
    expect(read).toHaveBeenCalledTimes(2);
    features.configure({ logger });
    expect(await features.evaluate("always")).toBe(true);
    expect(read).toHaveBeenCalledTimes(2);
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

  test("a logger that throws does not break evaluation", async () => {
    const { features } = define();
    features.configure({ logger: { warn: () => { throw new Error("broken logger"); } } });
    expect(await features.evaluate("always")).toBe(true);
  });
});
