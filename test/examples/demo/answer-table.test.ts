import { describe, expect, it } from "vitest";
import { answerTable, bannerMessages } from "../../../examples/demo/answer-table.js";
import type { TierFeaturesAnswer } from "../../../examples/tier/handler.js";

type Checkout = TierFeaturesAnswer["checkout"];
const DEFAULT_BANNER: Checkout = {
  checkout_banner: { variant: "Default", message: "Free shipping on orders over 50 USD" },
  express_checkout: { enabled: true, max_items: 10 },
};
const PREMIUM_BANNER: Checkout = { ...DEFAULT_BANNER, checkout_banner: { variant: "Premium", message: "Free express shipping on every order" } };

const answer = (tier: string, premium: boolean, checkout: Checkout = DEFAULT_BANNER, country: string | null = null): TierFeaturesAnswer => ({
  tier,
  country,
  features: { premium_features: premium, tier_feature: true },
  enabled: premium ? ["premium_features", "tier_feature"] : ["tier_feature"],
  checkout,
});

describe("answerTable", () => {
  it("aligns one row per caller under a header of the flags, the banner variant and express checkout", () => {
    expect(answerTable([answer("free", false, DEFAULT_BANNER, "DE"), answer("premium", true, PREMIUM_BANNER)])).toBe(
      [
        "  tier     country  premium_features  tier_feature  enabled                         checkout_banner  express_checkout",
        "  free     DE       false             true          tier_feature                    Default          on, max 10",
        "  premium  -        true              true          premium_features, tier_feature  Premium          on, max 10",
      ].join("\n"),
    );
  });

  it("marks the cells that changed since the previous answers, the banner's variant too", () => {
    const table = answerTable([answer("standard", true, PREMIUM_BANNER)], [answer("standard", false)]);
    expect(table.split("\n")[1]).toBe(
      "  standard  -        true (was false)  true          premium_features, tier_feature  Premium (was Default)  on, max 10",
    );
  });

  it("shows an empty enabled list as (none) and express checkout off as off", () => {
    const off: Checkout = { ...DEFAULT_BANNER, express_checkout: { enabled: false } };
    const none: TierFeaturesAnswer = { ...answer("free", false, off), features: { premium_features: false, tier_feature: false }, enabled: [] };
    expect(answerTable([none]).split("\n")[1]).toBe("  free  -        false             false         (none)   Default          off");
  });
});

describe("bannerMessages", () => {
  it("lists each variant's message once, in order of first appearance; a disabled variant has none", () => {
    const disabled: Checkout = { ...DEFAULT_BANNER, checkout_banner: { variant: "Regional", message: null } };
    const answers = [answer("free", false), answer("premium", true, PREMIUM_BANNER), answer("standard", false), answer("free", false, disabled, "AT")];
    expect(bannerMessages(answers)).toBe(
      [
        "checkout_banner messages:",
        '  Default   "Free shipping on orders over 50 USD"',
        '  Premium   "Free express shipping on every order"',
        "  Regional  (disabled: no banner)",
      ].join("\n"),
    );
  });
});
