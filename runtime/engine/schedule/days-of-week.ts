import type { Clock, ValidationIssue } from "../../types.js";
import { dayOfWeek } from "./civil-time.js";
import { field, isScheduleValue, timeZoneOf, validateTimeZoneField } from "./schedule-value.js";
import { wallClockFor } from "./wall-clock.js";

/** Day names as the reference compares them (C-locale `%A`, upper case), Sunday first. */
export const DAY_NAMES = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"] as const;

/** Issues of a SCHEDULE_BETWEEN_DAYS_OF_WEEK value (paths relative to the condition). */
export function validateDaysOfWeekValue(value: unknown): ValidationIssue[] {
  if (!isScheduleValue(value)) return [{ path: ["value"], message: "must be an object with DAYS" }];
  const days = field(value, "DAYS");
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(days)) {
    issues.push({ path: ["value", "DAYS"], message: "DAYS must be an array of day names (MONDAY … SUNDAY)" });
  } else {
    days.forEach((day: unknown, index) => {
      if (dayIndex(day) === undefined) {
        issues.push({ path: ["value", "DAYS", index], message: "must be one of MONDAY … SUNDAY (upper case)" });
      }
    });
  }
  return [...issues, ...validateTimeZoneField(value)];
}

/**
 * A predicate for a validated SCHEDULE_BETWEEN_DAYS_OF_WEEK value: whether the local
 * day of the week of `clock()` is one of DAYS. An empty DAYS never holds.
 */
export function compileDaysOfWeek(value: unknown, clock: Clock): () => boolean {
  if (!isScheduleValue(value)) throw new TypeError("schedule condition compiled without validation");
  const wallClock = wallClockFor(timeZoneOf(value));
  const days = field(value, "DAYS");
  const listed = new Array<boolean>(DAY_NAMES.length).fill(false);
  for (const day of Array.isArray(days) ? days : []) {
    const index = dayIndex(day);
    if (index !== undefined) listed[index] = true;
  }
  return () => {
    const wallMs = wallClock(clock().getTime());
    return !Number.isNaN(wallMs) && listed[dayOfWeek(wallMs)] === true;
  };
}

function dayIndex(day: unknown): number | undefined {
  const index = DAY_NAMES.findIndex((name) => name === day);
  return index < 0 ? undefined : index;
}
