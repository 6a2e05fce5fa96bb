import type { Clock, ValidationIssue } from "../../types.js";
import { parseLocalDateTime, toWallMsBounds } from "./local-datetime.js";
import { field, isScheduleValue, timeZoneOf, validateRangeValue } from "./schedule-value.js";
import { wallClockFor } from "./wall-clock.js";

/**
 * Whether the reference's validator accepts a START/END: it parses the text with every "Z"
 * replaced by "+00:00" and rejects a result with an offset. So "2024-12-31Z" passes validation
 * (as "2024-12-31+00:00": "+" is the date-time separator, "00:00" the time), while evaluation
 * parses the text as written and fails on it, so that condition never matches.
 */
const isLocalDateTimeText = (text: string): boolean => parseLocalDateTime(text.replaceAll("Z", "+00:00")) !== undefined;

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
 * date-time of `clock()` lies in START..END, both inclusive. START after END never holds, and
 * neither does a bound that only validation reads (one with a "Z", such as "2024-12-31Z"), as the
 * reference's comparison raises on it.
 */
export function compileDateTimeRange(value: unknown, clock: Clock): () => boolean {
  if (!isScheduleValue(value)) throw new TypeError("schedule condition compiled without validation");
  const startText = String(field(value, "START"));
  const endText = String(field(value, "END"));
  if (!isLocalDateTimeText(startText) || !isLocalDateTimeText(endText)) {
    throw new TypeError("schedule condition compiled without validation: bad START or END");
  }
  const start = parseLocalDateTime(startText);
  const end = parseLocalDateTime(endText);
  if (start === undefined || end === undefined) return () => false;
  const wallClock = wallClockFor(timeZoneOf(value));
  const { first, last } = toWallMsBounds(start, end);
  return () => {
    const wallMs = wallClock(clock().getTime());
    return wallMs >= first && wallMs <= last;
  };
}
