/** The tier the changed variant rule adds to checkout_banner's Premium variant. */
export const NEWLY_PREMIUM_BANNER_TIER = "standard";

type JsonObject = { [key: string]: unknown };

/**
 * The operator's change to the native profile: the same stored document with the `Premium` variant
 * of `checkout_banner` chosen for `tier` `standard` too, still ahead of the country rule. Same
 * variants, same context keys and types, so the code needs no change.
 * @example withStandardTierPremiumBanner(JSON.parse(readFileSync("flags/checkout.json", "utf8")))
 */
export function withStandardTierPremiumBanner(document: unknown): JsonObject {
  const original = objectAt(document, "the stored document");
  const values = objectAt(original["values"], "values");
  const banner = objectAt(values["checkout_banner"], "values.checkout_banner");
  const variants = banner["_variants"];
  if (!Array.isArray(variants)) throw new Error("values.checkout_banner._variants is not an array");
  if (!variants.some((variant) => objectAt(variant, "a variant")["name"] === "Premium")) throw new Error("checkout_banner has no Premium variant");
  const rule = `(in $tier ["premium", "${NEWLY_PREMIUM_BANNER_TIER}"])`;
  const changed = variants.map((variant: JsonObject) => (variant["name"] === "Premium" ? { ...variant, rule } : variant));
  return { ...original, values: { ...values, checkout_banner: { ...banner, _variants: changed } } };
}

function objectAt(value: unknown, what: string): JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${what} is not a JSON object`);
  return value as JsonObject;
}
