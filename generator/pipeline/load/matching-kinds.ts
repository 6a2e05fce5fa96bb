import { ACTIONS, isRuleAction } from "@flagtype/runtime/tooling";
import type { RuleAction } from "@flagtype/runtime";

/**
 * The kinds of JSON value a context entry can hold, as Powertools for Python sees them: a missing
 * key reads as `null`, and a boolean compares as the number it equals (`true == 1`).
 */
export type ValueKind = "null" | "bool" | "number" | "string" | "list" | "dict";

export type KindSet = ReadonlySet<ValueKind>;

export const ALL_KINDS: readonly ValueKind[] = ["null", "bool", "number", "string", "list", "dict"];

const NUMERIC: KindSet = new Set(["bool", "number"]);
const STRING: KindSet = new Set(["string"]);
const LIST: KindSet = new Set(["list"]);
const NONE: KindSet = new Set();
/** What `x in dict` accepts without raising: hashable JSON values. */
const HASHABLE: KindSet = new Set(["null", "bool", "number", "string"]);

const ORDERINGS: ReadonlySet<RuleAction> = new Set([
  "KEY_GREATER_THAN_VALUE", "KEY_GREATER_THAN_OR_EQUAL_VALUE", "KEY_LESS_THAN_VALUE", "KEY_LESS_THAN_OR_EQUAL_VALUE",
]);
const MEMBERSHIPS: ReadonlySet<RuleAction> = new Set(["IN", "KEY_IN_VALUE"]);
const NON_MEMBERSHIPS: ReadonlySet<RuleAction> = new Set(["NOT_IN", "KEY_NOT_IN_VALUE"]);

/**
 * Every kind of context value that could satisfy a condition, or `undefined` when the condition
 * does not narrow it (NOT_EQUALS, NOT_IN a list, schedule actions, anything not understood).
 * A superset: a kind is left out only when no value of that kind can match, because the comparison
 * is false or raises for all of them (and a raising comparison is false, also for the negated
 * actions). Built on the action table's context shapes.
 * @example matchingKinds("EQUALS", "gold") // Set { "string" }
 * @example matchingKinds("KEY_GREATER_THAN_VALUE", 5) // Set { "bool", "number" }
 */
export function matchingKinds(action: unknown, value: unknown): KindSet | undefined {
  if (!isRuleAction(action) || value === null || value === undefined) return undefined;
  switch (ACTIONS[action].contextShape) {
    case "none":
      return undefined;
    case "string":
      return typeof value === "string" ? STRING : NONE;
    case "number":
      return NUMERIC;
    case "array-of-value-items":
      return LIST;
    case "container-of-value":
      // `value in ctx`: a list or dict holds anything; a string holds only strings.
      return new Set(typeof value === "string" ? ["string", "list", "dict"] : ["list", "dict"]);
    case "member-of-value":
      if (MEMBERSHIPS.has(action)) return memberOf(value);
      if (NON_MEMBERSHIPS.has(action)) return notMemberOf(value);
      return undefined;
    case "value":
      if (action === "EQUALS") return kindsEqualTo(value);
      if (ORDERINGS.has(action)) return kindsOrderedWith(value);
      return undefined;
  }
}

/** The kind of a JSON value. */
export function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return "number";
  if (typeof value === "string") return "string";
  return Array.isArray(value) ? "list" : "dict";
}

/** Python `ctx == value` holds only for a value of the same kind, numbers and booleans counting as one. */
function kindsEqualTo(value: unknown): KindSet {
  const kind = kindOf(value);
  return kind === "bool" || kind === "number" ? NUMERIC : new Set([kind]);
}

/** Python orders numbers with booleans, strings with strings and lists with lists; nothing else. */
function kindsOrderedWith(value: unknown): KindSet {
  const kind = kindOf(value);
  if (kind === "bool" || kind === "number") return NUMERIC;
  return kind === "string" || kind === "list" ? new Set([kind]) : NONE;
}

/** `ctx in value`: equal to an item of a list, a substring of a string, a key (a string) of a dict. */
function memberOf(value: unknown): KindSet {
  if (Array.isArray(value)) return new Set(value.flatMap((item: unknown) => [...kindsEqualTo(item)]));
  const kind = kindOf(value);
  return kind === "string" || kind === "dict" ? STRING : NONE;
}

/** `ctx not in value`: anything for a list, a string for a string, a hashable value for a dict. */
function notMemberOf(value: unknown): KindSet | undefined {
  if (Array.isArray(value)) return undefined;
  const kind = kindOf(value);
  if (kind === "string") return STRING;
  return kind === "dict" ? HASHABLE : NONE;
}
