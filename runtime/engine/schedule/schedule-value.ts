import type { ValidationIssue } from "../../types.js";
import { isTruthy, resolveTimeZone } from "./time-zone.js";

/** A condition value after the shape checks: a JSON object. */
export type ScheduleValue = Readonly<Record<string, unknown>>;

/** Whether a JSON value is an object (not an array, not null). */
export function isScheduleValue(value: unknown): value is ScheduleValue {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The own property `key` of a condition value; prototype keys are never read. */
export function field(value: ScheduleValue, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * Issues of the optional TIMEZONE of a schedule value: falsy means UTC; otherwise it
 * must be an exact IANA zone name (see `resolveTimeZone`).
 */
export function validateTimeZoneField(value: ScheduleValue): ValidationIssue[] {
  const timeZone = field(value, "TIMEZONE");
  if (resolveTimeZone(timeZone) !== undefined) return [];
  const message =
    typeof timeZone === "string"
      ? `TIMEZONE ${JSON.stringify(timeZone)} is not an IANA time zone name (names are case-sensitive, ` +
        `e.g. "Europe/London"; POSIX TZ strings and file paths are not accepted)`
      : "TIMEZONE must be a string naming an IANA time zone, or be left out for UTC";
  return [{ path: ["value", "TIMEZONE"], message }];
}

/**
 * Issues of a `{ START, END, TIMEZONE? }` value: both bounds present, strings, and
 * accepted by `isValidBound`; `boundFormat` completes the message "START must …".
 */
export function validateRangeValue(
  value: unknown,
  isValidBound: (text: string) => boolean,
  boundFormat: string,
): ValidationIssue[] {
  if (!isScheduleValue(value)) return [{ path: ["value"], message: "must be an object with START and END" }];
  const issues: ValidationIssue[] = [];
  for (const key of ["START", "END"]) {
    const bound = field(value, key);
    if (!isTruthy(bound)) issues.push({ path: ["value", key], message: `${key} is required` });
    else if (typeof bound !== "string") issues.push({ path: ["value", key], message: `${key} must be a string` });
    else if (!isValidBound(bound)) issues.push({ path: ["value", key], message: `${key} must ${boundFormat}` });
  }
  return [...issues, ...validateTimeZoneField(value)];
}

/**
 * The zone a validated value selects. Compiling an unvalidated value is a bug in the
 * caller, hence the throw.
 */
export function timeZoneOf(value: ScheduleValue): string {
  const zone = resolveTimeZone(field(value, "TIMEZONE"));
  if (zone === undefined) throw new TypeError("schedule condition compiled without validation: bad TIMEZONE");
  return zone;
}
