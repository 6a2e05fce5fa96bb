/** The tier the changed rule adds to `premium_features`. */
export const NEWLY_PREMIUM_TIER = "standard";

type JsonObject = { [key: string]: unknown };

/**
 * The operator's change: the same document with one more `premium_features` rule, on for
 * `tier == "standard"` too. Same flags, same context key and type, so the code needs no change.
 * @example withStandardTierPremium(JSON.parse(readFileSync("flags/features.json", "utf8")))
 */
export function withStandardTierPremium(document: unknown): JsonObject {
  const original = objectAt(document, "the flags document");
  const premium = objectAt(original["premium_features"], "premium_features");
  const rules = objectAt(premium["rules"] ?? {}, "premium_features.rules");
  const rule = {
    when_match: true,
    conditions: [{ action: "EQUALS", key: "tier", value: NEWLY_PREMIUM_TIER }],
  };
  return {
    ...original,
    premium_features: { ...premium, rules: { ...rules, [`customer tier equals ${NEWLY_PREMIUM_TIER}`]: rule } },
  };
}

function objectAt(value: unknown, what: string): JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${what} is not a JSON object`);
  return value as JsonObject;
}
