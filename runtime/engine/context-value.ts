/**
 * The context entry for `key` as Powertools reads it (`context.get(key)`): own
 * properties only, so an inherited or polluted Object.prototype member is never
 * read, and a missing key or one holding `undefined` reads as `null`.
 * @example readContextValue(Object.create({ tier: "gold" }), "tier") // null
 */
export function readContextValue(context: Readonly<Record<string, unknown>>, key: string): unknown {
  if (!Object.hasOwn(context, key)) return null;
  const value = context[key];
  return value === undefined ? null : value;
}
