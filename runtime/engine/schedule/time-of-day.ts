import { parsePythonInt } from "./python-int.js";

// The reference's TIME_RANGE_PATTERN applied with re.match: a prefix match, and
// Python's \d matches any Unicode decimal digit, not just 0-9.
const HOUR_MINUTE_PREFIX = /^(?:2[0-3]:[0-5]\p{Nd}|[01]\p{Nd}:[0-5]\p{Nd})/u;

/** A START/END time of day, in minutes since local midnight. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minuteOfDay: number;
}

/**
 * Whether a TIME_RANGE START/END passes the reference's validation: it must *begin*
 * with a 24-hour `HH:MM`; anything may follow.
 * @example
 * isTimeOfDayText("13:39x"); // true (and never matches, see parseTimeOfDay)
 * isTimeOfDayText("24:00"); // false
 */
export function isTimeOfDayText(text: string): boolean {
  return HOUR_MINUTE_PREFIX.test(text);
}

/**
 * Reads a validated START/END the way the reference evaluates it: split on ":" into
 * exactly two parts, each read by Python's `int()`, then used as hour and minute.
 * `undefined` where the reference raises, which makes the condition always false.
 * @example
 * parseTimeOfDay("06:00\n"); // { hour: 6, minuteOfDay: 360 }
 * parseTimeOfDay("06:45:30"); // undefined (three parts)
 */
export function parseTimeOfDay(text: string): TimeOfDay | undefined {
  const parts = text.split(":");
  if (parts.length !== 2) return undefined;
  const hour = parsePythonInt(parts[0] ?? "");
  const minute = parsePythonInt(parts[1] ?? "");
  if (hour === undefined || minute === undefined) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  return { hour, minuteOfDay: hour * 60 + minute };
}

/**
 * Whether a local minute of the day lies in START..END, both inclusive at minute
 * granularity. The range wraps past midnight only when END's *hour* is below START's
 * hour, so 04:01–04:00 never matches (as in the reference).
 * @example
 * isWithinTimeRange(23 * 60, { hour: 22, minuteOfDay: 1320 }, { hour: 6, minuteOfDay: 360 }); // true
 */
export function isWithinTimeRange(minuteOfDay: number, start: TimeOfDay, end: TimeOfDay): boolean {
  if (end.hour < start.hour) return minuteOfDay >= start.minuteOfDay || minuteOfDay <= end.minuteOfDay;
  return minuteOfDay >= start.minuteOfDay && minuteOfDay <= end.minuteOfDay;
}
