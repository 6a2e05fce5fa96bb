import type { Clock, JsonValue, ValidationIssue } from "../../types.js";
import type { ActionSpec, ConditionFields } from "../action-spec.js";

/**
 * The action-table entry of a schedule action: it accepts only `key` as the condition key, checks
 * the value with `validateValue`, reads the clock (never the context) and treats any exception of a
 * comparison (a failing clock included) as "no match", as Powertools does.
 * @example scheduleCondition("SCHEDULE_BETWEEN_TIME_RANGE", "CURRENT_TIME", validateTimeRangeValue, compileTimeRange)
 */
export function scheduleCondition(
  action: string,
  key: string,
  validateValue: (value: unknown) => ValidationIssue[],
  compile: (value: unknown, clock: Clock) => () => boolean,
): ActionSpec {
  return {
    contextShape: "none",
    valueKind: "object",
    requiredKey: key,
    validate: (condition: ConditionFields) => [
      ...(condition.key === key ? [] : [{ path: ["key"], message: `${action} requires the key "${key}"` }]),
      ...validateValue(condition.value),
    ],
    compile: (value: JsonValue, clock: Clock) => {
      if (hasUnhashableTimeZone(value)) return never;
      const isNow = compile(value, clock);
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
