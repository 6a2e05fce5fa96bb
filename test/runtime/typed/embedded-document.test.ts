import { describe, expect, test, vi } from "vitest";
import { compileDocument } from "../../../runtime/engine/compile.js";
import { InMemoryStore } from "../../../runtime/stores/in-memory-store.js";
import { defineFeatures, type BuildTimeDocument } from "../../../runtime/typed/define-features.js";

vi.mock("../../../runtime/engine/compile.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../runtime/engine/compile.js")>();
  return { ...original, compileDocument: vi.fn(original.compileDocument) };
});

const defaults: BuildTimeDocument = {
  premium: { default: false, rules: { p: { when_match: true, conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } } },
  price: { boolean_type: false, default: "standard" },
};
type Contexts = { readonly premium: { readonly tier: string }; readonly price: undefined };
type Values = { readonly premium: boolean; readonly price: string };

const compilationsOfBuildTime = () => vi.mocked(compileDocument).mock.calls.filter(([document]) => document === defaults).length;

const failingStore = { getConfiguration: () => Promise.reject(new Error("AppConfig is down")) };

describe("the build-time document of a generated module", () => {
  test("is compiled once, then shared by the store fallback, the drift guard and test overrides", async () => {
    vi.mocked(compileDocument).mockClear();
    const features = defineFeatures<Contexts, Values>({ profile: "features", defaults });
    features.configure({ store: failingStore, logger: { warn: () => {} } });
    expect(compilationsOfBuildTime()).toBe(0);
    expect(await features.evaluate("premium", { tier: "premium" })).toBe(true);
    expect(await features.getEnabledFeatures({ tier: "free" })).toEqual(["price"]);
    const overrides = features.override({ price: "x" });
    expect(await features.evaluate("premium", { tier: "premium" })).toBe(true);
    overrides.restore();
    features.configure({ store: new InMemoryStore({ premium: { default: "yes" } }), logger: { warn: () => {} } });
    expect(await features.evaluate("premium", { tier: "premium" })).toBe(true); // drift: a string for a boolean
    expect(compilationsOfBuildTime()).toBe(2); // once per configuration, not per use
  });

  test("is not compiled at all while the live document answers", async () => {
    vi.mocked(compileDocument).mockClear();
    const features = defineFeatures<Contexts, Values>({ profile: "features", defaults });
    features.configure({ store: new InMemoryStore({ premium: { default: true }, price: { boolean_type: false, default: "p" } }) });
    expect(await features.evaluate("premium", { tier: "free" })).toBe(true);
    expect(await features.getEnabledFeatures({ tier: "free" })).toEqual(["premium", "price"]);
    expect(compilationsOfBuildTime()).toBe(0);
  });
});
