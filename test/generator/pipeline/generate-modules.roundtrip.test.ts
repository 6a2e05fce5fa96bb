import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, test, vi } from "vitest";
import * as adversarial from "../fixtures/adversarial/expected/adversarial.js";
import * as seed from "../fixtures/seed/expected/features.js";
import { FIXTURES_DIR } from "./fixture-cases.js";

/** Canonical text of a JSON-like value: key order, own `__proto__` members, `-0` and prototypes all show. */
function canonical(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const prototype = Object.getPrototypeOf(value) === Object.prototype ? "" : "!prototype!";
  const members = Object.keys(value).map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
  return `${prototype}{${members.join(",")}}`;
}

const source: Record<string, unknown> = JSON.parse(await readFile(`${FIXTURES_DIR}adversarial/flags/adversarial.json`, "utf8"));
const quiet = { warn: vi.fn() };

/** A context satisfying every condition of `comment_breaker`, built from the document itself. */
function matchingContext(): adversarial.CommentBreakerContext {
  const rules = (source["comment_breaker"] as { rules: Record<string, { conditions: { key: string; value: unknown; action: string }[] }> }).rules;
  const [rule] = Object.values(rules);
  const context: Record<string, unknown> = {};
  for (const { key, value, action } of rule?.conditions ?? []) {
    const chosen = action === "IN" ? (value as unknown[])[1] : action === "STARTSWITH" ? `${String(value)}tail` : action === "ENDSWITH" ? `head${String(value)}` : value;
    Object.defineProperty(context, key, { value: chosen, enumerable: true, writable: true, configurable: true });
  }
  return context as unknown as adversarial.CommentBreakerContext;
}

describe("the adversarial module round-trips every value", () => {
  test("BUILD_TIME_DOCUMENT equals the flags file exactly (order, __proto__ members, -0, lone surrogates)", () => {
    expect(canonical(adversarial.BUILD_TIME_DOCUMENT)).toBe(canonical(source));
    expect(Object.hasOwn(adversarial.BUILD_TIME_DOCUMENT["evil_value"] as object, "default")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("accessors return the embedded values and match contexts with hostile keys", async () => {
    adversarial.configureFeatures({ logger: quiet });
    const evil = source["evil_value"] as { default: unknown; rules: Record<string, { when_match: unknown }> };
    const fallback = await adversarial.getEvilValue(JSON.parse('{"__proto__": "no match"}'));
    expect(canonical(fallback)).toBe(canonical(evil.default));
    const matched = await adversarial.getEvilValue(JSON.parse('{"__proto__": ["x"]}'));
    expect(canonical(matched)).toBe(canonical(Object.values(evil.rules)[0]?.when_match));
    expect(await adversarial.isCommentBreakerEnabled(matchingContext())).toBe(true);
    expect(await adversarial.isCommentBreakerEnabled({ ...matchingContext(), "back\\slash": "/" })).toBe(false);
    expect(await adversarial.isConstructorEnabled()).toBe(true);
    expect(await adversarial.isToStringEnabled()).toBe(false);
    expect(quiet.warn).toHaveBeenCalledTimes(1);
  });
});

describe("a generated module at run time", () => {
  afterEach(() => seed.configureFeatures({ logger: quiet }));

  test("serves the build-time document until configured, through every entry point", async () => {
    seed.configureFeatures({ logger: quiet });
    expect(await seed.isPremiumFeaturesEnabled({ tier: "premium" })).toBe(true);
    expect(await seed.isPremiumFeaturesEnabled({ tier: "free" })).toBe(false);
    expect(await seed.evaluate("tier_feature")).toBe(true);
    expect(await seed.getEnabledFeatures({ tier: "premium" })).toEqual(["premium_features", "tier_feature"]);
  });

  test("createTestFeatures overrides what the accessors return until restored", async () => {
    seed.configureFeatures({ logger: quiet });
    const flags = seed.createTestFeatures({ premium_features: true, tier_feature: false });
    expect(await seed.isPremiumFeaturesEnabled({ tier: "free" })).toBe(true);
    expect(await seed.isTierFeatureEnabled()).toBe(false);
    expect(await seed.getEnabledFeatures({ tier: "free" })).toEqual(["premium_features"]);
    flags.set({ premium_features: false });
    expect(await seed.evaluate("premium_features", { tier: "premium" })).toBe(false);
    flags.restore();
    expect(await seed.isPremiumFeaturesEnabled({ tier: "free" })).toBe(false);
    expect(await seed.isTierFeatureEnabled()).toBe(true);
  });

  test("configureFeatures with a file store reads the live document", async () => {
    seed.configureFeatures({ store: `file:${FIXTURES_DIR}non-boolean/flags/settings.json`, logger: quiet });
    // That document defines neither flag: each answers its build-time default, in every entry point.
    expect(await seed.isPremiumFeaturesEnabled({ tier: "premium" })).toBe(false);
    expect(await seed.isTierFeatureEnabled()).toBe(true);
    expect(await seed.getEnabledFeatures({ tier: "premium" })).toEqual(["tier_feature"]);
  });
});
