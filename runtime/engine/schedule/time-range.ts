import type { Clock, ValidationIssue } from "../../types.js";
import { minuteOfDay } from "./civil-time.js";
import { field, isScheduleValue, timeZoneOf, validateRangeValue } from "./schedule-value.js";
import { isTimeOfDayText, isWithinTimeRange, parseTimeOfDay } from "./time-of-day.js";
import { wallClockFor } from "./wall-clock.js";

/** Issues of a SCHEDULE_BETWEEN_TIME_RANGE value (paths relative to the condition). */
export function validateTimeRangeValue(value: unknown): ValidationIssue[] {
  return validateRangeValue(value, isTimeOfDayText, "begin with a 24-hour HH:MM time (00:00–23:59)");
}

/**
 * A predicate for a validated SCHEDULE_BETWEEN_TIME_RANGE value: whether the local
 * time of day of `clock()` lies in START..END. A START or END the reference cannot
 * read at evaluation ("06:45:30", "13:39x") gives a predicate that is always false.
 */
export function compileTimeRange(value: unknown, clock: Clock): () => boolean {
  if (!isScheduleValue(value)) throw new TypeError("schedule condition compiled without validation");
  const wallClock = wallClockFor(timeZoneOf(value));
  const start = parseTimeOfDay(String(field(value, "START")));
  const end = parseTimeOfDay(String(field(value, "END")));
  if (start === undefined || end === undefined) return () => false;
  return () => {
    const wallMs = wallClock(clock().getTime());
    return !Number.isNaN(wallMs) && isWithinTimeRange(minuteOfDay(wallMs), start, end);
  };
}
