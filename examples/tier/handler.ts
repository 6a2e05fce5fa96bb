import type { APIGatewayProxyEvent, APIGatewayProxyResult } from "aws-lambda";
import {
  getEnabledFeatures,
  isPremiumFeaturesEnabled,
  isTierFeatureEnabled,
  type FeaturesFlagName,
} from "../generated/features.js";
import { countryOf } from "./caller-country.js";
import { tierOf } from "./caller-tier.js";
import { checkoutFor, type CheckoutAnswer } from "./checkout.js";

/** The JSON body the handler answers with. */
export interface TierFeaturesAnswer {
  readonly tier: string;
  /** The caller's country code, `null` when no header names it. */
  readonly country: string | null;
  /** Every flag of `flags/features.json` and whether it is on for this caller. */
  readonly features: Readonly<Record<FeaturesFlagName, boolean>>;
  /** The flags of `flags/features.json` that are on, in document order. */
  readonly enabled: readonly FeaturesFlagName[];
  /** The flags of `flags/checkout.json` (AppConfig's native feature flags) for this caller. */
  readonly checkout: CheckoutAnswer;
}

/**
 * API Gateway (REST, proxy integration) handler: which features does the caller's tier get, and
 * which checkout banner does the caller see? The flags come from wherever each generated module
 * is configured to read them (AppConfig through `FLAGTYPE_*` environment variables, a file, or
 * test overrides); evaluation never throws.
 * @example
 * const response = await handler(sampleEvent({ tier: "premium", country: "DE" }));
 * JSON.parse(response.body) // { tier: "premium", country: "DE", features: {...}, enabled: [...], checkout: {...} }
 */
export async function handler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  const tier = tierOf(event);
  const country = countryOf(event);
  const [premiumFeatures, tierFeature, enabled, checkout] = await Promise.all([
    isPremiumFeaturesEnabled({ tier }),
    isTierFeatureEnabled(),
    getEnabledFeatures({ tier }),
    checkoutFor(tier, country),
  ]);
  const answer: TierFeaturesAnswer = {
    tier,
    country: country ?? null,
    features: { premium_features: premiumFeatures, tier_feature: tierFeature },
    enabled,
    checkout,
  };
  return { statusCode: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(answer) };
}
