import type { APIGatewayProxyEvent, APIGatewayProxyResult } from "aws-lambda";
import {
  getEnabledFeatures,
  isPremiumFeaturesEnabled,
  isTierFeatureEnabled,
  type FeaturesFlagName,
} from "../generated/features.js";
import { tierOf } from "./caller-tier.js";

/** The JSON body the handler answers with. */
export interface TierFeaturesAnswer {
  readonly tier: string;
  /** Every flag of `flags/features.json` and whether it is on for this caller. */
  readonly features: Readonly<Record<FeaturesFlagName, boolean>>;
  /** The flags that are on, in document order. */
  readonly enabled: readonly FeaturesFlagName[];
}

/**
 * API Gateway (REST, proxy integration) handler: which features does the caller's tier get?
 * The flags come from wherever the generated module is configured to read them (AppConfig
 * through `FLAGTYPE_*` environment variables, a file, or test overrides); evaluation never throws.
 * @example
 * const response = await handler(sampleEvent({ tier: "premium" }));
 * JSON.parse(response.body) // { tier: "premium", features: { premium_features: true, tier_feature: true }, enabled: [...] }
 */
export async function handler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  const tier = tierOf(event);
  const [premiumFeatures, tierFeature, enabled] = await Promise.all([
    isPremiumFeaturesEnabled({ tier }),
    isTierFeatureEnabled(),
    getEnabledFeatures({ tier }),
  ]);
  const answer: TierFeaturesAnswer = {
    tier,
    features: { premium_features: premiumFeatures, tier_feature: tierFeature },
    enabled,
  };
  return { statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(answer) };
}
