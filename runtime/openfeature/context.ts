import type { EvaluationContext, EvaluationContextValue } from "@openfeature/server-sdk";

type FlagtypeContext = Readonly<Record<string, unknown>>;

/**
 * The flagtype context for an OpenFeature evaluation context: the same keys,
 * `targetingKey` included as a key of that name. Dates, which a JSON document
 * cannot hold, become ISO 8601 strings at any depth (an invalid date
 * becomes `null`, as in `JSON.stringify`); a context without dates
 * is passed through as is.
 * @example toFlagtypeContext({ targetingKey: "user-1", tier: "premium" }) // { targetingKey: "user-1", tier: "premium" }
 */
export function toFlagtypeContext(context: EvaluationContext): FlagtypeContext {
  return containsDate(context) ? (jsonForm(context) as FlagtypeContext) : context;
}

function containsDate(value: EvaluationContextValue | EvaluationContext | undefined): boolean {
  if (value instanceof Date) return true;
  if (typeof value !== "object" || value === null) return false;
  return Object.values(value).some(containsDate);
}

function jsonForm(value: EvaluationContextValue | EvaluationContext | undefined): unknown {
  // As JSON.stringify does: an invalid date becomes null.
  if (value instanceof Date) return value.toJSON();
  if (Array.isArray(value)) return value.map(jsonForm);
  if (typeof value !== "object" || value === null) return value;
  // A null prototype keeps keys such as "__proto__" plain data.
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, member] of Object.entries(value)) copy[key] = jsonForm(member);
  return copy;
}
