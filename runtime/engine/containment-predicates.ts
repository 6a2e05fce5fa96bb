import type { JsonValue } from "../types.js";
import type { ContextPredicate } from "./comparison-predicates.js";
import { ListMembership, pythonContains } from "./python-containment.js";
import { containsCodePoints } from "./python-strings.js";

const NEVER: ContextPredicate = () => false;

// Negated actions are *false* when Python's `in` raises, so every predicate below
// maps "raised" (undefined) to false for both the plain and the negated form.

/**
 * Python `ctx in value` (IN, KEY_IN_VALUE) or `ctx not in value` (NOT_IN,
 * KEY_NOT_IN_VALUE). A list value is indexed once; a string value needs a string
 * ctx; a dict value tests its keys; a number or boolean value always raises.
 * @example compileMemberOfValue(["a", 1], false)(true) // true
 */
export function compileMemberOfValue(value: JsonValue, negated: boolean): ContextPredicate {
  if (Array.isArray(value)) {
    const members = new ListMembership(value);
    return negated ? (contextValue) => !members.has(contextValue) : (contextValue) => members.has(contextValue);
  }
  if (typeof value === "string") {
    return (contextValue) => typeof contextValue === "string" && containsCodePoints(value, contextValue) !== negated;
  }
  if (typeof value === "object" && value !== null) {
    const expected = !negated;
    return (contextValue) => pythonContains(value, contextValue) === expected;
  }
  return NEVER;
}

/**
 * Python `value in ctx` (VALUE_IN_KEY) or `value not in ctx` (VALUE_NOT_IN_KEY): ctx
 * must be a list, a string (value a string) or a dict; anything else raises.
 * @example compileValueInContext("a", false)(["a", "b"]) // true
 */
export function compileValueInContext(value: JsonValue, negated: boolean): ContextPredicate {
  const expected = !negated;
  if (typeof value === "string") {
    return (contextValue) => {
      if (typeof contextValue === "string") return containsCodePoints(contextValue, value) === expected;
      if (Array.isArray(contextValue)) return contextValue.includes(value) === expected;
      return pythonContains(contextValue, value) === expected;
    };
  }
  return (contextValue) => pythonContains(contextValue, value) === expected;
}

/** How a list-set action combines the memberships of ctx's items. */
export type ListSetMode = "all" | "any" | "none";

/**
 * ALL_IN_VALUE / ANY_IN_VALUE / NONE_IN_VALUE: ctx must be a list (otherwise false
 * for all three); each item is looked up in the value list.
 * @example compileListSet([0], "all")([0, 0]) // true
 */
export function compileListSet(value: JsonValue, mode: ListSetMode): ContextPredicate {
  const members = new ListMembership(Array.isArray(value) ? value : []);
  // "all" holds unless some item is missing; "any"/"none" depend on whether some item is found.
  const stopWhenFound = mode !== "all";
  const resultWhenStopped = mode === "any";
  return (contextValue) => {
    if (!Array.isArray(contextValue)) return false;
    for (let index = 0; index < contextValue.length; index++) {
      if (members.has(contextValue[index]) === stopWhenFound) return resultWhenStopped;
    }
    return !resultWhenStopped;
  };
}
