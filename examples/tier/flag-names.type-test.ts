/*
 * Compile-time proof: a misspelt flag, a missing context key or a wrong override type is a tsc
 * error. Every `@ts-expect-error` line must fail to compile; the strict build (examples/tsconfig.json)
 * fails if one of them ever compiles, and test/examples/tier/flag-names.type-test.test.ts checks
 * that each line fails for its own reason.
 */
import * as checkout from "../generated/checkout.js";
import * as features from "../generated/features.js";

export async function misspeltFlagsDoNotCompile(tier: string): Promise<void> {
  // @ts-expect-error misspelt accessor: the flag is premium_features, plural
  await features.isPremiumFeatureEnabled({ tier });
  // @ts-expect-error misspelt flag name in the typed evaluate
  await features.evaluate("premium_feature", { tier });
  // @ts-expect-error misspelt flag in a test override
  features.createTestFeatures({ premium_feature: true });
  // @ts-expect-error the rule reads tier, so the context must carry it
  await features.isPremiumFeaturesEnabled({});
  // @ts-expect-error tier is a string in flags/features.json
  await features.isPremiumFeaturesEnabled({ tier: 1 });
  // @ts-expect-error a boolean flag cannot be overridden with a string
  features.createTestFeatures({ tier_feature: "yes" });
  // @ts-expect-error a static flag takes no context
  await features.isTierFeatureEnabled({ tier });
}

export async function nativeMisusesDoNotCompile(tier: string, country: string): Promise<void> {
  const banner = await checkout.getCheckoutBanner({ tier, country });
  // @ts-expect-error "Gold" is not a variant of checkout_banner in flags/checkout.json
  if (banner._variant === "Gold") return;
  // @ts-expect-error message exists only when the chosen variant is enabled: check banner.enabled first
  banner.message.toUpperCase();
  // @ts-expect-error a test override can only name a variant the flags file defines
  checkout.createTestFeatures({ checkout_banner: { _variant: "Gold", enabled: true, message: "Hi" } });
  // @ts-expect-error an enabled variant must carry message: its constraints say required
  checkout.createTestFeatures({ checkout_banner: { _variant: "Premium", enabled: true } });
  // @ts-expect-error max_items is a number constraint, so an override cannot give it a string
  checkout.createTestFeatures({ express_checkout: { enabled: true, max_items: "10" } });
  // @ts-expect-error the variant rules read country too, so the context must carry it
  await checkout.getCheckoutBanner({ tier });
  // @ts-expect-error a basic flag takes no context: only multi-variant flags are evaluated per caller
  await checkout.getExpressCheckout({ tier });
}
