/*
 * Compile-time proof: a misspelt flag, a missing context key or a wrong override type is a tsc
 * error. Every `@ts-expect-error` line must fail to compile; the strict build (examples/tsconfig.json)
 * fails if one of them ever compiles, and test/examples/tier/flag-names.type-test.test.ts checks
 * that each line fails for its own reason.
 */
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
