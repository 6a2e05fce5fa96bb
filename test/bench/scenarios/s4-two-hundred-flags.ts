import type { FeatureDefinition as GrowthBookFeature } from "@growthbook/growthbook";
import type { FeatureDefinition, FeaturesDocument } from "../../../runtime/index.js";
import type { BenchContext, FlagdFlag, Scenario } from "../scenario.js";

const FLAG_COUNT = 200;
const EU_REGIONS = ["eu-west-1", "eu-central-1"];

/** One kind of flag, written once per engine; the 200 flags cycle through the kinds. */
interface FlagKind {
  readonly powertools: FeatureDefinition;
  readonly flagd: FlagdFlag;
  readonly growthbook: GrowthBookFeature;
  readonly byHand: (context: BenchContext) => boolean;
}

const BOOLEAN_VARIANTS = { on: true, off: false };
const onWhen = (condition: unknown) => ({ if: [condition, "on", "off"] });

const FLAG_KINDS: Readonly<Record<string, FlagKind>> = {
  static_on: {
    powertools: { default: true },
    flagd: { state: "ENABLED", variants: BOOLEAN_VARIANTS, defaultVariant: "on" },
    growthbook: { defaultValue: true },
    byHand: () => true,
  },
  static_off: {
    powertools: { default: false },
    flagd: { state: "ENABLED", variants: BOOLEAN_VARIANTS, defaultVariant: "off" },
    growthbook: { defaultValue: false },
    byHand: () => false,
  },
  premium: {
    powertools: {
      default: false,
      rules: { premium: { when_match: true, conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } },
    },
    flagd: {
      state: "ENABLED",
      variants: BOOLEAN_VARIANTS,
      defaultVariant: "off",
      targeting: onWhen({ "==": [{ var: "tier" }, "premium"] }),
    },
    growthbook: { defaultValue: false, rules: [{ condition: { tier: "premium" }, force: true }] },
    byHand: (context) => context["tier"] === "premium",
  },
  eu: {
    powertools: {
      default: false,
      rules: { eu: { when_match: true, conditions: [{ action: "IN", key: "region", value: EU_REGIONS }] } },
    },
    flagd: {
      state: "ENABLED",
      variants: BOOLEAN_VARIANTS,
      defaultVariant: "off",
      targeting: onWhen({ in: [{ var: "region" }, EU_REGIONS] }),
    },
    growthbook: { defaultValue: false, rules: [{ condition: { region: { $in: EU_REGIONS } }, force: true }] },
    byHand: (context) => context["region"] === "eu-west-1" || context["region"] === "eu-central-1",
  },
  premium_eu: {
    powertools: {
      default: false,
      rules: {
        "premium in eu": {
          when_match: true,
          conditions: [
            { action: "EQUALS", key: "tier", value: "premium" },
            { action: "STARTSWITH", key: "region", value: "eu-" },
          ],
        },
      },
    },
    flagd: {
      state: "ENABLED",
      variants: BOOLEAN_VARIANTS,
      defaultVariant: "off",
      targeting: onWhen({ and: [{ "==": [{ var: "tier" }, "premium"] }, { starts_with: [{ var: "region" }, "eu-"] }] }),
    },
    growthbook: {
      defaultValue: false,
      rules: [{ condition: { tier: "premium", region: { $regex: "^eu-" } }, force: true }],
    },
    byHand: (context) => {
      const region = context["region"];
      return context["tier"] === "premium" && typeof region === "string" && region.startsWith("eu-");
    },
  },
};

const KIND_ENTRIES = Object.entries(FLAG_KINDS);

/** `[flag name, kind]` for all 200 flags, in document order. */
const FLAGS: readonly (readonly [string, FlagKind])[] = Array.from({ length: FLAG_COUNT }, (_, index) => {
  const entry = KIND_ENTRIES[index % KIND_ENTRIES.length];
  if (!entry) throw new Error("no flag kinds");
  const [kindName, kind] = entry;
  return [`flag_${String(index).padStart(3, "0")}_${kindName}`, kind] as const;
});

function collect<T>(pick: (kind: FlagKind) => T): Record<string, T> {
  return Object.fromEntries(FLAGS.map(([name, kind]) => [name, pick(kind)]));
}

function enabledByHand(context: BenchContext): string[] {
  const enabled: string[] = [];
  for (const [name, kind] of FLAGS) if (kind.byHand(context)) enabled.push(name);
  return enabled;
}

export const twoHundredFlagsScenario: Scenario = {
  id: "S4",
  title: `${FLAG_COUNT}-flag document, getEnabledFeatures`,
  operation: { kind: "enabled" },
  contexts: [
    { tier: "premium", region: "eu-west-1" },
    { tier: "free", region: "us-east-1" },
  ],
  powertools: collect((kind) => kind.powertools) satisfies FeaturesDocument,
  flagd: collect((kind) => kind.flagd),
  growthbook: collect((kind) => kind.growthbook),
  handWritten: enabledByHand,
};
