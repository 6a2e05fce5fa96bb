import type { TimestampPrecision } from "./rule-syntax.js";

/** A timestamp's precision and instant, or why the text is not an Ion timestamp. */
export type TimestampReading =
  | { readonly ok: true; readonly precision: TimestampPrecision; readonly epochMs: number }
  | { readonly ok: false; readonly message: string };

// Ion 1.0 text timestamps: 2024T, 2024-01T, 2024-01-02[T], 2024-01-02T03:04[:05[.678]](Z|±hh:mm).
const TIMESTAMP =
  /^(\d{4})(?:T|-(\d{2})(?:T|-(\d{2})(?:T?|T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))))$/;

/**
 * Reads an Ion text timestamp. A missing offset (date precision) and the unknown offset `-00:00`
 * are read as UTC, so every timestamp has one comparable instant.
 * @example readIonTimestamp("2012-03-04T05:06:07-08:00") // { ok: true, precision: "second", epochMs: 1330866367000 }
 */
export function readIonTimestamp(text: string): TimestampReading {
  const match = TIMESTAMP.exec(text);
  if (!match) return { ok: false, message: timestampShapeMessage(text) };
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const y = Number(year);
  const mo = month === undefined ? 1 : Number(month);
  const d = day === undefined ? 1 : Number(day);
  const h = hour === undefined ? 0 : Number(hour);
  const mi = minute === undefined ? 0 : Number(minute);
  const s = second === undefined ? 0 : Number(second);
  const problem = rangeProblem(y, mo, d, h, mi, s) ?? offsetProblem(offset);
  if (problem) return { ok: false, message: problem };
  const ms = fraction === undefined ? 0 : Math.floor(Number(`0${fraction}`) * 1000);
  const local = utcMillis(y, mo, d, h, mi, s, ms);
  return { ok: true, precision: precisionOf(month, day, hour, second, fraction), epochMs: local - offsetMinutes(offset) * 60_000 };
}

function timestampShapeMessage(text: string): string {
  if (/^\d{4}-\d{2}$/.test(text)) return `timestamp ${text} needs a trailing T in Ion (write ${text}T)`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) return `timestamp ${text} needs an offset (Z or ±hh:mm)`;
  return `${text} is not a valid Ion timestamp (e.g. 2024-01T, 2024-01-31, 2012-03-04T05:06:07-08:00)`;
}

function rangeProblem(y: number, mo: number, d: number, h: number, mi: number, s: number): string | undefined {
  if (y < 1) return "timestamp year must be 0001 or later";
  if (mo < 1 || mo > 12) return `timestamp month ${mo} must be 01..12`;
  if (d < 1 || d > daysInMonth(y, mo)) return `timestamp day ${d} does not exist in ${y}-${String(mo).padStart(2, "0")}`;
  if (h > 23) return `timestamp hour ${h} must be 00..23`;
  if (mi > 59) return `timestamp minute ${mi} must be 00..59`;
  if (s > 59) return `timestamp second ${s} must be 00..59`;
  return undefined;
}

function offsetProblem(offset: string | undefined): string | undefined {
  if (offset === undefined || offset === "Z") return undefined;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  return hours > 23 || minutes > 59 ? `timestamp offset ${offset} must be within ±23:59` : undefined;
}

function offsetMinutes(offset: string | undefined): number {
  if (offset === undefined || offset === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Date.UTC maps years 0..99 to 1900..1999, so set the year separately (2000 is a leap year,
// and the day was already checked against the real year).
function utcMillis(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  date.setUTCFullYear(y);
  return date.getTime();
}

function precisionOf(
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
): TimestampPrecision {
  if (month === undefined) return "year";
  if (day === undefined) return "month";
  if (hour === undefined) return "day";
  if (second === undefined) return "minute";
  return fraction === undefined ? "second" : "fraction";
}
