import type { FeaturesDocument } from "../../../runtime/index.js";
import type { BenchContext, Scenario } from "../scenario.js";

const TIERS = ["premium", "gold"];
const EU_REGIONS = ["eu-west-1", "eu-central-1"];

/**
 * S3: three rules of three conditions each. For both contexts the first two rules
 * fail on their third condition (so all nine conditions run) and the third rule matches.
 * The feature is non-boolean so a wrong rule order shows up as a different value.
 */
export const threeRulesDocument: FeaturesDocument = {
  checkout_flow: {
    boolean_type: false,
    default: "standard",
    rules: {
      minors: {
        when_match: "minor",
        conditions: [
          { action: "IN", key: "tier", value: TIERS },
          { action: "STARTSWITH", key: "region", value: "eu-" },
          { action: "KEY_LESS_THAN_VALUE", key: "age", value: 18 },
        ],
      },
      seniors: {
        when_match: "senior",
        conditions: [
          { action: "NOT_EQUALS", key: "tier", value: "free" },
          { action: "ENDSWITH", key: "region", value: "-1" },
          { action: "KEY_GREATER_THAN_VALUE", key: "age", value: 65 },
        ],
      },
      "eu adults": {
        when_match: "express",
        conditions: [
          { action: "IN", key: "tier", value: TIERS },
          { action: "IN", key: "region", value: EU_REGIONS },
          { action: "KEY_GREATER_THAN_OR_EQUAL_VALUE", key: "age", value: 21 },
        ],
      },
    },
  },
};

const contexts: readonly BenchContext[] = [
  { tier: "premium", region: "eu-west-1", age: 42 },
  { tier: "gold", region: "eu-central-1", age: 35 },
];

function checkoutFlowByHand(context: BenchContext): string {
  const { tier, region, age } = context;
  const knownTier = tier === "premium" || tier === "gold";
  if (knownTier && typeof region === "string" && region.startsWith("eu-") && typeof age === "number" && age < 18) {
    return "minor";
  }
  if (tier !== "free" && typeof region === "string" && region.endsWith("-1") && typeof age === "number" && age > 65) {
    return "senior";
  }
  if (knownTier && (region === "eu-west-1" || region === "eu-central-1") && typeof age === "number" && age >= 21) {
    return "express";
  }
  return "standard";
}

export const threeRulesScenario: Scenario = {
  id: "S3",
  title: "3 rules × 3 conditions, only the third rule matches",
  operation: { kind: "evaluate", flag: "checkout_flow", defaultValue: "none" },
  contexts,
  powertools: threeRulesDocument,
  flagd: {
    checkout_flow: {
      state: "ENABLED",
      variants: { standard: "standard", minor: "minor", senior: "senior", express: "express" },
      defaultVariant: "standard",
      targeting: {
        if: [
          { and: [{ in: [{ var: "tier" }, TIERS] }, { starts_with: [{ var: "region" }, "eu-"] }, { "<": [{ var: "age" }, 18] }] },
          "minor",
          { and: [{ "!=": [{ var: "tier" }, "free"] }, { ends_with: [{ var: "region" }, "-1"] }, { ">": [{ var: "age" }, 65] }] },
          "senior",
          { and: [{ in: [{ var: "tier" }, TIERS] }, { in: [{ var: "region" }, EU_REGIONS] }, { ">=": [{ var: "age" }, 21] }] },
          "express",
          "standard",
        ],
      },
    },
  },
  growthbook: {
    checkout_flow: {
      defaultValue: "standard",
      rules: [
        { condition: { tier: { $in: TIERS }, region: { $regex: "^eu-" }, age: { $lt: 18 } }, force: "minor" },
        { condition: { tier: { $ne: "free" }, region: { $regex: "-1$" }, age: { $gt: 65 } }, force: "senior" },
        { condition: { tier: { $in: TIERS }, region: { $in: EU_REGIONS }, age: { $gte: 21 } }, force: "express" },
      ],
    },
  },
  handWritten: checkoutFlowByHand,
};
