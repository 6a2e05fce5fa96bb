import type { JsonValue } from "../types.js";

/**
 * A deep, frozen copy of a validated JSON value, so that neither the caller who
 * supplied the document nor a caller who receives a value from `evaluate` can
 * change what the compiled document returns. Members holding `undefined` are
 * dropped; a `"__proto__"` member stays a plain own member. Recursion depth is
 * that of the document, which validation caps.
 * @example Object.isFrozen(frozenJsonCopy({ a: [1] }).a) // true
 */
export function frozenJsonCopy(value: unknown): JsonValue {
  if (typeof value !== "object" || value === null) return value as JsonValue;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenJsonCopy)) as JsonValue[];
  const source = value as Readonly<Record<string, unknown>>;
  const copy: Record<string, JsonValue> = {};
  for (const key of Object.keys(source)) {
    const member = source[key];
    if (member === undefined) continue;
    if (key === "__proto__") {
      // Plain assignment would replace the copy's prototype instead of adding a member.
      Object.defineProperty(copy, key, { value: frozenJsonCopy(member), enumerable: true, writable: true, configurable: true });
    } else {
      copy[key] = frozenJsonCopy(member);
    }
  }
  return Object.freeze(copy);
}
