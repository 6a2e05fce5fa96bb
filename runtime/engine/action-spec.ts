import type { Clock, JsonValue, ValidationIssue } from "../types.js";
import type { ContextPredicate, ContextTest } from "./comparison-predicates.js";

/**
 * What an action implies about the type of the context entry it reads (the generator's type inference):
 * - "value": the type of the condition's value (EQUALS, ordering);
 * - "string": a string (STARTSWITH, ENDSWITH);
 * - "member-of-value": an item of the value array, a substring of a string value, or a key of an object value (IN family);
 * - "container-of-value": an array holding the value, or a string containing it (VALUE_IN_KEY family);
 * - "array-of-value-items": an array whose items have the value array's item types (ALL/ANY/NONE_IN_VALUE);
 * - "number": a number (MODULO_RANGE);
 * - "none": the context is not read (schedule actions read the clock).
 */
export type ContextShape = "value" | "string" | "member-of-value" | "container-of-value" | "array-of-value-items" | "number" | "none";

/**
 * Condition values for which the comparison raises in Python whatever the context holds, so the
 * condition can never match (the generator warns): "not-a-string" (startswith/endswith need a string),
 * "a-scalar" (`in` needs a list, string or object), "an-object" (objects have no order).
 */
export type ImpossibleValue = "not-a-string" | "a-scalar" | "an-object";

/** The parts of a condition an action's own checks read. */
export interface ConditionFields {
  readonly key: unknown;
  readonly value: unknown;
}

/** Everything flagtype knows about one action; the validator, the engine and the generator read it. */
export interface ActionSpec {
  readonly contextShape: ContextShape;
  /** What validation requires of the condition value beyond "not null". */
  readonly valueKind: "any" | "array" | "object";
  /** The only condition key the action accepts (schedule actions), if any. */
  readonly requiredKey?: string;
  /** Which condition values can never match, if some can't. */
  readonly impossibleValue?: ImpossibleValue;
  /**
   * Defects specific to this action, with paths relative to the condition
   * (e.g. `["value", "BASE"]`). The generic checks (key a non-empty string, value
   * not null) are made by the caller.
   */
  validate(condition: ConditionFields): ValidationIssue[];
  /** Turns a validated condition value into a predicate over the context value. */
  compile(value: JsonValue, clock: Clock): ContextPredicate;
  /**
   * Optionally, a predicate over the whole context for this key and value, when the
   * action can decide faster than "read the entry, then compare"; `undefined` otherwise.
   */
  compileForKey?(key: string, value: JsonValue): ContextTest | undefined;
}
