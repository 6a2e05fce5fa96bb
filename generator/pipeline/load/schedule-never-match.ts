import { ACTIONS, isJsonObject, memberOf, parseLocalDateTime, parseTimeOfDay, toWallMsBounds } from "@flagtype/runtime/tooling";

type ScheduleAction = "SCHEDULE_BETWEEN_TIME_RANGE" | "SCHEDULE_BETWEEN_DATETIME_RANGE" | "SCHEDULE_BETWEEN_DAYS_OF_WEEK";
type JsonObject = Readonly<Record<string, unknown>>;

/**
 * Why a schedule condition that passes validation still never matches, as evaluation reads it:
 * the part of the value at fault and the reason. Powertools validates these values more loosely
 * than it evaluates them, so such a rule deploys fine and silently stays off.
 */
export interface ScheduleNeverMatch {
  readonly field: "START" | "END" | "DAYS" | "TIMEZONE";
  readonly reason: string;
}

const RANGE_CHECKS: Readonly<Record<ScheduleAction, (value: JsonObject) => ScheduleNeverMatch | undefined>> = {
  SCHEDULE_BETWEEN_TIME_RANGE: (value) => {
    const unreadable = unreadableBound(value, (text) => parseTimeOfDay(text) !== undefined);
    if (unreadable) {
      return { field: unreadable, reason: `${unreadable} is checked only for a leading HH:MM but read as exactly HH:MM; write "HH:MM"` };
    }
    const start = parseTimeOfDay(String(memberOf(value, "START")));
    const end = parseTimeOfDay(String(memberOf(value, "END")));
    if (start && end && end.hour === start.hour && end.minuteOfDay < start.minuteOfDay) {
      return {
        field: "END",
        reason: "END is earlier than START within the same hour, and a range wraps past midnight only when END's hour is earlier than START's",
      };
    }
    return undefined;
  },
  SCHEDULE_BETWEEN_DATETIME_RANGE: (value) => {
    const unreadable = unreadableBound(value, (text) => parseLocalDateTime(text) !== undefined);
    if (unreadable) {
      return { field: unreadable, reason: `a "Z" passes validation (read as +00:00) but evaluation rejects it; leave it out and set TIMEZONE` };
    }
    const start = parseLocalDateTime(String(memberOf(value, "START")));
    const end = parseLocalDateTime(String(memberOf(value, "END")));
    if (start && end && toWallMsBounds(start, end).first > toWallMsBounds(start, end).last) {
      return { field: "END", reason: "END is earlier than START" };
    }
    return undefined;
  },
  SCHEDULE_BETWEEN_DAYS_OF_WEEK: (value) => {
    const days = memberOf(value, "DAYS");
    return Array.isArray(days) && days.length === 0 ? { field: "DAYS", reason: "DAYS is empty" } : undefined;
  },
};

/**
 * The reason a valid schedule condition never matches, or `undefined` if it can match (or is
 * not a valid schedule condition: validation reports those).
 * @example scheduleNeverMatch("SCHEDULE_BETWEEN_TIME_RANGE", "CURRENT_TIME", { START: "06:45:30", END: "17:00" })?.field // "START"
 */
export function scheduleNeverMatch(action: string, key: unknown, value: unknown): ScheduleNeverMatch | undefined {
  if (!isScheduleAction(action) || !isJsonObject(value)) return undefined;
  if (ACTIONS[action].validate({ key, value }).length > 0) return undefined;
  const timeZone = memberOf(value, "TIMEZONE");
  if (typeof timeZone === "object" && timeZone !== null) {
    // Validation reads [] and {} as "no zone"; evaluation looks the zone up in a dict and raises.
    return { field: "TIMEZONE", reason: "an empty list or object passes validation as UTC but raises at evaluation; leave TIMEZONE out for UTC" };
  }
  return RANGE_CHECKS[action](value);
}

function isScheduleAction(action: string): action is ScheduleAction {
  return Object.hasOwn(RANGE_CHECKS, action);
}

function unreadableBound(value: JsonObject, isReadable: (text: string) => boolean): "START" | "END" | undefined {
  return (["START", "END"] as const).find((bound) => !isReadable(String(memberOf(value, bound))));
}
