import type { Clock, ValidationIssue } from "../../types.js";
import { parseLocalDateTime, toWallMsBounds } from "./local-datetime.js";
import { field, isScheduleValue, timeZoneOf, validateRangeValue } from "./schedule-value.js";
import { wallClockFor } from "./wall-clock.js";

const isLocalDateTimeText = (text: string): boolean => parseLocalDateTime(text) !== undefined;

/** Issues of a SCHEDULE_BETWEEN_DATETIME_RANGE value (paths relative to the condition). */
export function validateDateTimeRangeValue(value: unknown): ValidationIssue[] {
  return validateRangeValue(
    value,
    isLocalDateTimeText,
    "be an ISO-8601 local date or date-time without offset (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.fff]])",
  );
}

/**
 * A predicate for a validated SCHEDULE_BETWEEN_DATETIME_RANGE value: whether the local
 * date-time of `clock()` lies in START..END, both inclusive. START after END never holds.
 */
export function compileDateTimeRange(value: unknown, clock: Clock): () => boolean {
  if (!isScheduleValue(value)) throw new TypeError("schedule condition compiled without validation");
  const wallClock = wallClockFor(timeZoneOf(value));
  const start = parseLocalDateTime(String(field(value, "START")));
  const end = parseLocalDateTime(String(field(value, "END")));
  if (start === undefined || end === undefined) {
    throw new TypeError("schedule condition compiled without validation: bad START or END");
  }
  const { first, last } = toWallMsBounds(start, end);
  return () => {
    const wallMs = wallClock(clock().getTime());
    return wallMs >= first && wallMs <= last;
  };
}
