import type { JsonValue } from "../types.js";
import { compareCodePoints, endsWithCodePoints, isCodeUnitOrderSafe, startsWithCodePoints } from "./python-strings.js";
import { applyOrder, pythonEquals, pythonOrder, type OrderOperator } from "./python-values.js";

/** A compiled condition: does the context value satisfy it? Never throws. */
export type ContextPredicate = (contextValue: unknown) => boolean;

const NEVER: ContextPredicate = () => false;

/**
 * Python `ctx == value`, with a fast path per value type: a string only equals the
 * same string, a number equals the same number or the boolean it stands for.
 * @example compileEquals(1)(true) // true
 */
export function compileEquals(value: JsonValue): ContextPredicate {
  if (typeof value === "string") return (contextValue) => contextValue === value;
  if (typeof value === "number" || typeof value === "boolean") {
    const number = Number(value);
    return (contextValue) =>
      contextValue === number || (typeof contextValue === "boolean" && (contextValue ? 1 : 0) === number);
  }
  return (contextValue) => pythonEquals(contextValue, value);
}

/** A compiled condition over the whole context (own entries only). */
export type ContextTest = (context: Readonly<Record<string, unknown>>) => boolean;

/**
 * `context[key] == value` (or `!=`) for a string value, in one keyed load: a string
 * equals only the same string, and the own-property check runs only on a match, so
 * an inherited or polluted entry never counts. The common `tier == "premium"` rule.
 * @example compileKeyEqualsString("tier", "premium", false)?.({ tier: "premium" }) // true
 */
export function compileKeyEqualsString(key: string, value: JsonValue, negated: boolean): ContextTest | undefined {
  if (typeof value !== "string") return undefined;
  if (negated) return (context) => !(context[key] === value && Object.hasOwn(context, key));
  return (context) => context[key] === value && Object.hasOwn(context, key);
}

/** Python `ctx != value`: never fails, so a missing key is unequal to any value. */
export function compileNotEquals(value: JsonValue): ContextPredicate {
  const equals = compileEquals(value);
  return (contextValue) => !equals(contextValue);
}

function compileStringOrder(value: string, operator: OrderOperator): ContextPredicate {
  if (isCodeUnitOrderSafe(value)) {
    return (contextValue) =>
      typeof contextValue === "string" && applyOrder(contextValue < value ? -1 : contextValue > value ? 1 : 0, operator);
  }
  return (contextValue) => typeof contextValue === "string" && applyOrder(compareCodePoints(contextValue, value), operator);
}

/** A context boolean orders as the integer it equals; any other non-number cannot be ordered against a number. */
function asOrderedNumber(contextValue: unknown): number | undefined {
  if (typeof contextValue === "number") return contextValue;
  return typeof contextValue === "boolean" ? (contextValue ? 1 : 0) : undefined;
}

// One closure per operator: the comparison is the whole cost of these predicates.
// (`undefined < n` is false, so an unorderable context value never matches.)
function compileNumberOrder(number: number, operator: OrderOperator): ContextPredicate {
  switch (operator) {
    case "<":
      return (contextValue) => (asOrderedNumber(contextValue) as number) < number;
    case "<=":
      return (contextValue) => (asOrderedNumber(contextValue) as number) <= number;
    case ">":
      return (contextValue) => (asOrderedNumber(contextValue) as number) > number;
    case ">=":
      return (contextValue) => (asOrderedNumber(contextValue) as number) >= number;
  }
}

/**
 * Python `ctx <op> value`; false where Python raises (unrelated types, `null`, dicts).
 * @example compileOrder(0, ">")(true) // true
 */
export function compileOrder(value: JsonValue, operator: OrderOperator): ContextPredicate {
  if (typeof value === "string") return compileStringOrder(value, operator);
  if (typeof value === "number" || typeof value === "boolean") return compileNumberOrder(Number(value), operator);
  if (Array.isArray(value)) return (contextValue) => pythonOrder(contextValue, value, operator) === true;
  return NEVER;
}

/**
 * Python `ctx.startswith(value)`: both must be strings (an array value never matches).
 * @example compileStartsWith("")("-1") // true
 */
export function compileStartsWith(value: JsonValue): ContextPredicate {
  if (typeof value !== "string") return NEVER;
  return (contextValue) => typeof contextValue === "string" && startsWithCodePoints(contextValue, value);
}

/** Python `ctx.endswith(value)`: both must be strings. */
export function compileEndsWith(value: JsonValue): ContextPredicate {
  if (typeof value !== "string") return NEVER;
  return (contextValue) => typeof contextValue === "string" && endsWithCodePoints(contextValue, value);
}
