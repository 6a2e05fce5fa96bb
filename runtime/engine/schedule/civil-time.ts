/** Milliseconds in a minute and in a day of a wall clock (no leap seconds, as in Python). */
export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/**
 * A proleptic-Gregorian wall-clock reading as "wall milliseconds": the milliseconds
 * from 1970-01-01T00:00 to it, counted as if no offset ever changed. Two readings of
 * the same clock compare exactly like Python's naive datetimes. Years 0–99 are kept
 * as they are (`Date.UTC` would move them to the 1900s).
 * @example
 * civilToWallMs(1970, 1, 2, 0, 0, 0, 0); // 86_400_000
 */
export function civilToWallMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

/** Minutes since local midnight (0–1439) of a wall-clock reading. */
export function minuteOfDay(wallMs: number): number {
  const minutes = Math.floor(wallMs / MINUTE_MS) % 1440;
  return minutes < 0 ? minutes + 1440 : minutes;
}

/** Day of the week of a wall-clock reading, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(wallMs: number): number {
  // 1970-01-01 was a Thursday (4).
  const weekday = (Math.floor(wallMs / DAY_MS) + 4) % 7;
  return weekday < 0 ? weekday + 7 : weekday;
}
