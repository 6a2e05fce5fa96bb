import { describe, expect, it } from "vitest";
import { answerTable } from "../../../examples/demo/answer-table.js";
import type { TierFeaturesAnswer } from "../../../examples/tier/handler.js";

const CHECKOUT: TierFeaturesAnswer["checkout"] = {
  checkout_banner: { variant: "Default", message: "Free shipping on orders over 50 USD" },
  express_checkout: { enabled: true, max_items: 10 },
};

const answer = (tier: string, premium: boolean): TierFeaturesAnswer => ({
  tier,
  country: null,
  checkout: CHECKOUT,
  features: { premium_features: premium, tier_feature: true },
  enabled: premium ? ["premium_features", "tier_feature"] : ["tier_feature"],
});

describe("answerTable", () => {
  it("aligns one row per tier under a header of the flags", () => {
    expect(answerTable([answer("free", false), answer("premium", true)])).toBe(
      [
        "  tier     premium_features  tier_feature  enabled",
        "  free     false             true          tier_feature",
        "  premium  true              true          premium_features, tier_feature",
      ].join("\n"),
    );
  });

  it("marks the cells that changed since the previous answers", () => {
    const table = answerTable([answer("standard", true)], [answer("standard", false)]);
    expect(table.split("\n")[1]).toBe("  standard  true (was false)  true          premium_features, tier_feature");
  });

  it("shows an empty enabled list as (none)", () => {
    const none: TierFeaturesAnswer = { tier: "free", country: null, checkout: CHECKOUT, features: { premium_features: false, tier_feature: false }, enabled: [] };
    expect(answerTable([none]).split("\n")[1]).toBe("  free  false             false         (none)");
  });
});
