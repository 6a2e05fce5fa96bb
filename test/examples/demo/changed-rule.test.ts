import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withStandardTierPremium } from "../../../examples/demo/changed-rule.js";
import { compileDocument, validateDocument } from "../../../runtime/index.js";

const seed: unknown = JSON.parse(readFileSync(new URL("../../../flags/features.json", import.meta.url), "utf8"));

describe("withStandardTierPremium", () => {
  it("adds a valid rule that turns premium_features on for the standard tier, keeping the premium rule", () => {
    const changed = withStandardTierPremium(seed);
    expect(validateDocument(changed)).toEqual([]);
    const compiled = compileDocument(changed);
    expect(compiled.evaluate("premium_features", { tier: "standard" }, false)).toBe(true);
    expect(compiled.evaluate("premium_features", { tier: "premium" }, false)).toBe(true);
    expect(compiled.evaluate("premium_features", { tier: "free" }, false)).toBe(false);
    expect(compiled.evaluate("tier_feature", {}, false)).toBe(true);
  });

  it("leaves the original document untouched", () => {
    const before = JSON.stringify(seed);
    withStandardTierPremium(seed);
    expect(JSON.stringify(seed)).toBe(before);
    expect(compileDocument(seed).evaluate("premium_features", { tier: "standard" }, false)).toBe(false);
  });

  it("refuses a document without premium_features", () => {
    expect(() => withStandardTierPremium({ tier_feature: { default: true } })).toThrow("premium_features is not a JSON object");
    expect(() => withStandardTierPremium([])).toThrow("the flags document is not a JSON object");
  });
});
