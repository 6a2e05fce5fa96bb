import type { FeaturesDocument } from "../../../runtime/index.js";
import type { Scenario } from "../scenario.js";

/** S1: a flag with no rules; every engine should answer from its default alone. */
export const staticFlagDocument: FeaturesDocument = {
  tier_feature: { default: true },
};

export const staticFlagScenario: Scenario = {
  id: "S1",
  title: "static flag",
  operation: { kind: "evaluate", flag: "tier_feature", defaultValue: false },
  contexts: [{ tier: "premium" }, { tier: "free" }],
  powertools: staticFlagDocument,
  flagd: {
    tier_feature: { state: "ENABLED", variants: { on: true, off: false }, defaultVariant: "on" },
  },
  growthbook: {
    tier_feature: { defaultValue: true },
  },
  handWritten: () => true,
};
