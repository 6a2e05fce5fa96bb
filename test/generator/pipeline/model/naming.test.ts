import { describe, expect, test } from "vitest";
import { accessorName, isBindingIdentifier, isPlainIdentifier, toPascalCase } from "../../../../generator/pipeline/model/naming.js";

describe("toPascalCase", () => {
  test.each([
    ["premium_features", "PremiumFeatures"],
    ["premium-features", "PremiumFeatures"],
    ["premium features", "PremiumFeatures"],
    ["premiumFeatures", "PremiumFeatures"],
    ["PremiumFeatures", "PremiumFeatures"],
    ["HTTP_server", "HTTPServer"],
    ["feature_2", "Feature2"],
    ["v2_checkout", "V2Checkout"],
    ["x", "X"],
  ])("%s → %s", (key, expected) => {
    expect(toPascalCase(key)).toBe(expected);
  });

  test.each([
    "", "_private", "__proto__", "trailing_", "double__underscore", "two  spaces", "2fa", "naïve", "emoji😀",
    "dotted.name", "slash/name", "-leading", "tab\tname", "premium_features\n",
  ])("%j has no name (never guessed)", (key) => {
    expect(toPascalCase(key)).toBeUndefined();
  });
});

describe("identifiers", () => {
  test.each([
    ["tier", true, true],
    ["$dollar_1", true, true],
    ["default", true, false],
    ["class", true, false],
    ["undefined", true, false],
    ["string", true, false],
    ["type", true, true],
    ["1st", false, false],
    ["key with spaces", false, false],
    ["ünïcode", false, false],
    ["", false, false],
  ])("%j: plain %s, binding %s", (text, plain, binding) => {
    expect(isPlainIdentifier(text)).toBe(plain);
    expect(isBindingIdentifier(text)).toBe(binding);
  });

  test("accessors follow the flag kind", () => {
    expect(accessorName("PremiumFeatures", "boolean")).toBe("isPremiumFeaturesEnabled");
    expect(accessorName("PriceTier", "value")).toBe("getPriceTier");
  });
});
