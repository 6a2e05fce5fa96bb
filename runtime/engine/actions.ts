import { CONTEXT_SHAPES, type ContextShape } from "./action-shapes.js";
import { compileScheduleCondition, validateScheduleCondition, type ScheduleAction } from "./schedule/index.js";
import type { Clock, JsonValue, RuleAction, ValidationIssue } from "../types.js";
import {
  compileEndsWith,
  compileEquals,
  compileKeyEqualsString,
  compileNotEquals,
  compileOrder,
  compileStartsWith,
  type ContextPredicate,
  type ContextTest,
} from "./comparison-predicates.js";
import { compileListSet, compileMemberOfValue, compileValueInContext } from "./containment-predicates.js";
import { describeValue } from "./json-shape.js";
import { compileModuloRange, validateModuloRange } from "./modulo-range.js";

/** The parts of a condition an action's own checks read. */
export interface ConditionFields {
  readonly key: unknown;
  readonly value: unknown;
}

/** Everything flagtype knows about one action; the validator, the engine and the generator read it. */
export interface ActionSpec {
  /** What the action implies about the type of the context entry it reads ("none": it reads the clock). */
  readonly contextShape: ContextShape;
  /** What validation requires of the condition value beyond "not null". */
  readonly valueKind: "any" | "array" | "object";
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

type ActionBehaviour = Omit<ActionSpec, "contextShape">;

const noExtraChecks = (): ValidationIssue[] => [];

function anyValue(compile: (value: JsonValue) => ContextPredicate): ActionBehaviour {
  return { valueKind: "any", validate: noExtraChecks, compile };
}

function listValue(compile: (value: JsonValue) => ContextPredicate): ActionBehaviour {
  return {
    valueKind: "array",
    validate: ({ value }) =>
      Array.isArray(value) || value === null || value === undefined
        ? []
        : [{ path: ["value"], message: `value must be an array for this action; found ${describeValue(value)}` }],
    compile,
  };
}

function schedule(action: ScheduleAction): ActionBehaviour {
  return {
    valueKind: "object",
    validate: (condition) => validateScheduleCondition(action, condition),
    compile: (value, clock) => {
      const isNow = compileScheduleCondition(action, value, clock);
      // Powertools turns any exception inside a comparison (a failing clock included) into "no match".
      return () => {
        try {
          return isNow();
        } catch {
          return false;
        }
      };
    },
  };
}

const moduloRange: ActionBehaviour = {
  valueKind: "object",
  validate: ({ value }) =>
    value === null || value === undefined
      ? []
      : validateModuloRange(value).map((issue) => ({ path: ["value", ...issue.path], message: issue.message })),
  compile: compileModuloRange,
};

const BEHAVIOURS: Readonly<Record<RuleAction, ActionBehaviour>> = {
  EQUALS: { ...anyValue(compileEquals), compileForKey: (key, value) => compileKeyEqualsString(key, value, false) },
  NOT_EQUALS: { ...anyValue(compileNotEquals), compileForKey: (key, value) => compileKeyEqualsString(key, value, true) },
  KEY_GREATER_THAN_VALUE: anyValue((value) => compileOrder(value, ">")),
  KEY_GREATER_THAN_OR_EQUAL_VALUE: anyValue((value) => compileOrder(value, ">=")),
  KEY_LESS_THAN_VALUE: anyValue((value) => compileOrder(value, "<")),
  KEY_LESS_THAN_OR_EQUAL_VALUE: anyValue((value) => compileOrder(value, "<=")),
  STARTSWITH: anyValue(compileStartsWith),
  ENDSWITH: anyValue(compileEndsWith),
  IN: anyValue((value) => compileMemberOfValue(value, false)),
  NOT_IN: anyValue((value) => compileMemberOfValue(value, true)),
  KEY_IN_VALUE: anyValue((value) => compileMemberOfValue(value, false)),
  KEY_NOT_IN_VALUE: anyValue((value) => compileMemberOfValue(value, true)),
  VALUE_IN_KEY: anyValue((value) => compileValueInContext(value, false)),
  VALUE_NOT_IN_KEY: anyValue((value) => compileValueInContext(value, true)),
  ALL_IN_VALUE: listValue((value) => compileListSet(value, "all")),
  ANY_IN_VALUE: listValue((value) => compileListSet(value, "any")),
  NONE_IN_VALUE: listValue((value) => compileListSet(value, "none")),
  SCHEDULE_BETWEEN_TIME_RANGE: schedule("SCHEDULE_BETWEEN_TIME_RANGE"),
  SCHEDULE_BETWEEN_DATETIME_RANGE: schedule("SCHEDULE_BETWEEN_DATETIME_RANGE"),
  SCHEDULE_BETWEEN_DAYS_OF_WEEK: schedule("SCHEDULE_BETWEEN_DAYS_OF_WEEK"),
  MODULO_RANGE: moduloRange,
};

function withShapes(behaviours: Readonly<Record<RuleAction, ActionBehaviour>>): Readonly<Record<RuleAction, ActionSpec>> {
  const table = Object.create(null) as Record<RuleAction, ActionSpec>;
  for (const action of Object.keys(behaviours) as RuleAction[]) {
    table[action] = Object.freeze({ contextShape: CONTEXT_SHAPES[action], ...behaviours[action] });
  }
  return Object.freeze(table);
}

/**
 * The one table of condition actions: per action, the context shape it implies,
 * its value checks and its compiler. Adding an action is a change to this file.
 * @example ACTIONS.MODULO_RANGE.contextShape // "number"
 */
export const ACTIONS: Readonly<Record<RuleAction, ActionSpec>> = withShapes(BEHAVIOURS);

/**
 * Whether `name` is one of the 21 action names (exact, case-sensitive; own keys only).
 * @example isRuleAction("EQUALS") // true
 */
export function isRuleAction(name: unknown): name is RuleAction {
  return typeof name === "string" && Object.hasOwn(ACTIONS, name);
}
