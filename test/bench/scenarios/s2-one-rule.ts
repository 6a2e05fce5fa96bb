import type { FeaturesDocument } from "../../../runtime/index.js";
import type { BenchContext, FlagdFlag, Scenario } from "../scenario.js";

/** S2: the seed's `premium_features`, one rule `tier == "premium"`. */
export const premiumDocument: FeaturesDocument = {
  premium_features: {
    default: false,
    rules: {
      "customer tier equals premium": {
        when_match: true,
        conditions: [{ action: "EQUALS", key: "tier", value: "premium" }],
      },
    },
  },
};

export const premiumFlagdFlags: Readonly<Record<string, FlagdFlag>> = {
  premium_features: {
    state: "ENABLED",
    variants: { on: true, off: false },
    defaultVariant: "off",
    targeting: { if: [{ "==": [{ var: "tier" }, "premium"] }, "on", "off"] },
  },
};

/** Alternating premium/free so every engine takes both branches. */
export const premiumContexts: readonly BenchContext[] = [{ tier: "premium" }, { tier: "free" }];

export const oneRuleScenario: Scenario = {
  id: "S2",
  title: "one rule `tier == \"premium\"`, premium/free alternating",
  operation: { kind: "evaluate", flag: "premium_features", defaultValue: false },
  contexts: premiumContexts,
  powertools: premiumDocument,
  flagd: premiumFlagdFlags,
  growthbook: {
    premium_features: { defaultValue: false, rules: [{ condition: { tier: "premium" }, force: true }] },
  },
  handWritten: (context) => context["tier"] === "premium",
};
