import type { Clock, JsonValue, ValidationIssue } from "../../types.js";
import { compileDateTimeRange, validateDateTimeRangeValue } from "./datetime-range.js";
import { compileDaysOfWeek, validateDaysOfWeekValue } from "./days-of-week.js";
import { compileTimeRange, validateTimeRangeValue } from "./time-range.js";

/** The three schedule actions of the Powertools feature-flags schema. */
export type ScheduleAction =
  "SCHEDULE_BETWEEN_TIME_RANGE" | "SCHEDULE_BETWEEN_DATETIME_RANGE" | "SCHEDULE_BETWEEN_DAYS_OF_WEEK";

interface ScheduleActionSpec {
  /** The only condition key the action accepts. */
  readonly key: string;
  readonly validateValue: (value: unknown) => ValidationIssue[];
  readonly compile: (value: unknown, clock: Clock) => () => boolean;
}

const SCHEDULE_ACTIONS: Readonly<Record<ScheduleAction, ScheduleActionSpec>> = {
  SCHEDULE_BETWEEN_TIME_RANGE: {
    key: "CURRENT_TIME",
    validateValue: validateTimeRangeValue,
    compile: compileTimeRange,
  },
  SCHEDULE_BETWEEN_DATETIME_RANGE: {
    key: "CURRENT_DATETIME",
    validateValue: validateDateTimeRangeValue,
    compile: compileDateTimeRange,
  },
  SCHEDULE_BETWEEN_DAYS_OF_WEEK: {
    key: "CURRENT_DAY_OF_WEEK",
    validateValue: validateDaysOfWeekValue,
    compile: compileDaysOfWeek,
  },
};

/**
 * Every defect of a schedule condition's `key` and `value`, with paths relative to the
 * condition (`["key"]`, `["value", "START"]`, `["value", "DAYS", 2]`, `["value", "TIMEZONE"]`).
 * `[]` means the condition is valid.
 * @example
 * validateScheduleCondition("SCHEDULE_BETWEEN_DAYS_OF_WEEK", {
 *   key: "CURRENT_DAY_OF_WEEK",
 *   value: { DAYS: ["MONDAY", "funday"], TIMEZONE: "Europe/London" },
 * }); // [{ path: ["value", "DAYS", 1], message: "must be one of MONDAY … SUNDAY (upper case)" }]
 */
export function validateScheduleCondition(
  action: ScheduleAction,
  condition: { readonly key: unknown; readonly value: unknown },
): ValidationIssue[] {
  const spec = SCHEDULE_ACTIONS[action];
  const keyIssues: ValidationIssue[] =
    condition.key === spec.key ? [] : [{ path: ["key"], message: `${action} requires the key "${spec.key}"` }];
  return [...keyIssues, ...spec.validateValue(condition.value)];
}

/**
 * Compiles a validated schedule condition value into a predicate. All parsing happens
 * here; each call of the predicate reads `clock()` once, converts it to the zone's
 * wall clock and compares integers. The context is never consulted.
 * @example
 * const isOfficeHours = compileScheduleCondition(
 *   "SCHEDULE_BETWEEN_TIME_RANGE",
 *   { START: "09:00", END: "17:00", TIMEZONE: "Europe/London" },
 *   () => new Date(),
 * );
 * isOfficeHours(); // true from 09:00:00 to 17:00:59.999 London time
 */
export function compileScheduleCondition(action: ScheduleAction, value: JsonValue, clock: Clock): () => boolean {
  if (hasUnhashableTimeZone(value)) return never;
  return SCHEDULE_ACTIONS[action].compile(value, clock);
}

const never = (): boolean => false;

/**
 * `[]` and `{}` pass validation as falsy (UTC), but at evaluation dateutil's gettz
 * looks the value up in a dict first and raises on an unhashable list or dict, which
 * Powertools turns into "condition false": such a condition never matches.
 */
function hasUnhashableTimeZone(value: JsonValue): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, "TIMEZONE")) return false;
  const timeZone = value["TIMEZONE"];
  return typeof timeZone === "object" && timeZone !== null;
}
