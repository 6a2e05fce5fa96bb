import type { RuleAction } from "../types.js";

/**
 * What an action implies about the type of the context entry it reads.
 * Read by the generator's type inference; the engine's table in actions.ts
 * has one entry per action with this shape.
 * - "value": the context entry has the type of the condition's value (EQUALS, ordering).
 * - "string": a string (STARTSWITH, ENDSWITH).
 * - "member-of-value": an item of the value array, a substring of a string value,
 *   or a key of an object value (IN family).
 * - "container-of-value": an array holding the value, or a string containing it (VALUE_IN_KEY family).
 * - "array-of-value-items": an array whose items have the value array's item types (ALL/ANY/NONE_IN_VALUE).
 * - "number": a number (MODULO_RANGE).
 * - "none": the context is not read (schedule actions).
 */
export type ContextShape =
  | "value"
  | "string"
  | "member-of-value"
  | "container-of-value"
  | "array-of-value-items"
  | "number"
  | "none";

export const CONTEXT_SHAPES: Readonly<Record<RuleAction, ContextShape>> = {
  EQUALS: "value",
  NOT_EQUALS: "value",
  KEY_GREATER_THAN_VALUE: "value",
  KEY_GREATER_THAN_OR_EQUAL_VALUE: "value",
  KEY_LESS_THAN_VALUE: "value",
  KEY_LESS_THAN_OR_EQUAL_VALUE: "value",
  STARTSWITH: "string",
  ENDSWITH: "string",
  IN: "member-of-value",
  NOT_IN: "member-of-value",
  KEY_IN_VALUE: "member-of-value",
  KEY_NOT_IN_VALUE: "member-of-value",
  VALUE_IN_KEY: "container-of-value",
  VALUE_NOT_IN_KEY: "container-of-value",
  ALL_IN_VALUE: "array-of-value-items",
  ANY_IN_VALUE: "array-of-value-items",
  NONE_IN_VALUE: "array-of-value-items",
  SCHEDULE_BETWEEN_TIME_RANGE: "none",
  SCHEDULE_BETWEEN_DATETIME_RANGE: "none",
  SCHEDULE_BETWEEN_DAYS_OF_WEEK: "none",
  MODULO_RANGE: "number",
};
