import type { JsonValue, RuleAction, ValidationIssue } from "../types.js";
import {
  compileEndsWith,
  compileEquals,
  compileKeyEqualsString,
  compileNotEquals,
  compileOrder,
  compileStartsWith,
  type ContextPredicate,
} from "./comparison-predicates.js";
import { compileListSet, compileMemberOfValue, compileValueInContext } from "./containment-predicates.js";
import type { ActionSpec, ContextShape } from "./action-spec.js";
import { describeValue } from "./json-shape.js";
import { compileModuloRange, validateModuloRange } from "./modulo-range.js";
import { compileDateTimeRange, validateDateTimeRangeValue } from "./schedule/datetime-range.js";
import { compileDaysOfWeek, validateDaysOfWeekValue } from "./schedule/days-of-week.js";
import { scheduleCondition } from "./schedule/schedule-condition.js";
import { compileTimeRange, validateTimeRangeValue } from "./schedule/time-range.js";

export type { ActionSpec, ConditionFields, ContextShape, ImpossibleValue } from "./action-spec.js";

const noExtraChecks = (): ValidationIssue[] => [];

function anyValue(contextShape: ContextShape, compile: (value: JsonValue) => ContextPredicate): ActionSpec {
  return { contextShape, valueKind: "any", validate: noExtraChecks, compile };
}

function listValue(compile: (value: JsonValue) => ContextPredicate): ActionSpec {
  return {
    contextShape: "array-of-value-items",
    valueKind: "array",
    validate: ({ value }) =>
      Array.isArray(value) || value === null || value === undefined
        ? []
        : [{ path: ["value"], message: `value must be an array for this action; found ${describeValue(value)}` }],
    compile,
  };
}

const moduloRange: ActionSpec = {
  contextShape: "number",
  valueKind: "object",
  validate: ({ value }) =>
    value === null || value === undefined
      ? []
      : validateModuloRange(value).map((issue) => ({ path: ["value", ...issue.path], message: issue.message })),
  compile: compileModuloRange,
};

const ordering = (operator: "<" | "<=" | ">" | ">="): ActionSpec => ({
  ...anyValue("value", (value) => compileOrder(value, operator)),
  impossibleValue: "an-object",
});

const membership = (negated: boolean): ActionSpec => ({
  ...anyValue("member-of-value", (value) => compileMemberOfValue(value, negated)),
  impossibleValue: "a-scalar",
});

const prefix = (compile: (value: JsonValue) => ContextPredicate): ActionSpec => ({
  ...anyValue("string", compile),
  impossibleValue: "not-a-string",
});

const TABLE: Readonly<Record<RuleAction, ActionSpec>> = {
  EQUALS: { ...anyValue("value", compileEquals), compileForKey: (key, value) => compileKeyEqualsString(key, value, false) },
  NOT_EQUALS: { ...anyValue("value", compileNotEquals), compileForKey: (key, value) => compileKeyEqualsString(key, value, true) },
  KEY_GREATER_THAN_VALUE: ordering(">"),
  KEY_GREATER_THAN_OR_EQUAL_VALUE: ordering(">="),
  KEY_LESS_THAN_VALUE: ordering("<"),
  KEY_LESS_THAN_OR_EQUAL_VALUE: ordering("<="),
  STARTSWITH: prefix(compileStartsWith),
  ENDSWITH: prefix(compileEndsWith),
  IN: membership(false),
  NOT_IN: membership(true),
  KEY_IN_VALUE: membership(false),
  KEY_NOT_IN_VALUE: membership(true),
  VALUE_IN_KEY: anyValue("container-of-value", (value) => compileValueInContext(value, false)),
  VALUE_NOT_IN_KEY: anyValue("container-of-value", (value) => compileValueInContext(value, true)),
  ALL_IN_VALUE: listValue((value) => compileListSet(value, "all")),
  ANY_IN_VALUE: listValue((value) => compileListSet(value, "any")),
  NONE_IN_VALUE: listValue((value) => compileListSet(value, "none")),
  SCHEDULE_BETWEEN_TIME_RANGE: scheduleCondition("SCHEDULE_BETWEEN_TIME_RANGE", "CURRENT_TIME", validateTimeRangeValue, compileTimeRange),
  SCHEDULE_BETWEEN_DATETIME_RANGE: scheduleCondition("SCHEDULE_BETWEEN_DATETIME_RANGE", "CURRENT_DATETIME", validateDateTimeRangeValue, compileDateTimeRange),
  SCHEDULE_BETWEEN_DAYS_OF_WEEK: scheduleCondition("SCHEDULE_BETWEEN_DAYS_OF_WEEK", "CURRENT_DAY_OF_WEEK", validateDaysOfWeekValue, compileDaysOfWeek),
  MODULO_RANGE: moduloRange,
};

function frozenTable(table: Readonly<Record<RuleAction, ActionSpec>>): Readonly<Record<RuleAction, ActionSpec>> {
  const frozen = Object.create(null) as Record<RuleAction, ActionSpec>;
  for (const action of Object.keys(table) as RuleAction[]) frozen[action] = Object.freeze({ ...table[action] });
  return Object.freeze(frozen);
}

/**
 * The one table of condition actions: per action, the context shape it implies, the key it
 * requires, the values that can never match, its value checks and its compiler. The validator,
 * the engine and the generator (through `@flagtype/runtime/tooling`) read it; adding an action
 * is a change to this file.
 * @example ACTIONS.MODULO_RANGE.contextShape // "number"
 */
export const ACTIONS: Readonly<Record<RuleAction, ActionSpec>> = frozenTable(TABLE);

/**
 * Whether `name` is one of the 21 action names (exact, case-sensitive; own keys only).
 * @example isRuleAction("EQUALS") // true
 */
export function isRuleAction(name: unknown): name is RuleAction {
  return typeof name === "string" && Object.hasOwn(ACTIONS, name);
}
