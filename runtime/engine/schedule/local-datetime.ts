import { civilToWallMs } from "./civil-time.js";

/** A naive (offset-free) date and time as Python's datetime holds it. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TWO_DIGITS = /^\d{2}$/;
const FRACTION = /^(?:\d{3}|\d{6})$/;

/**
 * Parses a START/END of SCHEDULE_BETWEEN_DATETIME_RANGE exactly as Python 3.8–3.10's
 * `datetime.fromisoformat` reads a string without offset: `YYYY-MM-DD`, optionally one
 * separator character of any kind, then `HH`, `HH:MM` or `HH:MM:SS`, optionally a
 * 3- or 6-digit fraction (after "." — or ":" after seconds — as CPython's parser allows),
 * or one trailing NUL. Every spelling it accepts is also accepted by Python 3.11+; the
 * spellings only 3.11+ accepts (`20240101`, `2024-W01-1`, `T1000`, `,5`, other fraction
 * lengths) are rejected, as are offsets, `Z` anywhere (the reference's validator turns
 * every "Z" into "+00:00") and impossible dates. `undefined` means rejected.
 * @example
 * parseLocalDateTime("2024-12-22x08:26"); // { year: 2024, month: 12, day: 22, hour: 8, minute: 26, ... }
 * parseLocalDateTime("2024-01-01T10:00:00Z"); // undefined
 */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  if (text.includes("Z")) return undefined;
  const date = DATE.exec(text.slice(0, 10));
  if (!date) return undefined;
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  let time: readonly number[] | undefined = [0, 0, 0, 0];
  if (text.length > 10) {
    const separatorLength = (text.codePointAt(10) ?? 0) > 0xffff ? 2 : 1;
    time = parseTime(text.slice(10 + separatorLength));
  }
  if (time === undefined) return undefined;
  const [hour = 0, minute = 0, second = 0, microsecond = 0] = time;
  const parsed = { year, month, day, hour, minute, second, microsecond };
  return isRealDateTime(parsed) ? parsed : undefined;
}

// Mirrors CPython's parse_hh_mm_ss_ff: two digits per component, then the string ends,
// or exactly one character remains (accepted only when it is NUL), or ":" moves to the
// next component, or "." starts the fraction. After seconds, ":" also starts it.
function parseTime(text: string): readonly number[] | undefined {
  const components = [0, 0, 0];
  let index = 0;
  for (let component = 0; component < 3; component += 1) {
    const digits = text.slice(index, index + 2);
    if (!TWO_DIGITS.test(digits)) return undefined;
    components[component] = Number(digits);
    index += 2;
    if (index >= text.length) return [...components, 0];
    const separator = text[index];
    index += 1;
    if (index === text.length) return separator === "\0" ? [...components, 0] : undefined;
    if (separator === ".") break;
    if (separator !== ":") return undefined;
  }
  const fraction = text.slice(index);
  if (!FRACTION.test(fraction)) return undefined;
  return [...components, Number(fraction.padEnd(6, "0"))];
}

function isRealDateTime(value: LocalDateTime): boolean {
  const { year, month, day, hour, minute, second } = value;
  if (year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  const wallMs = civilToWallMs(year, month, day, 0, 0, 0, 0);
  return new Date(wallMs).getUTCDate() === day;
}

/**
 * The wall-clock bounds of a range in whole milliseconds, for comparing with a clock
 * that has millisecond precision: the first millisecond at or after `start` and the
 * last at or before `end`, so that microsecond bounds stay exact.
 * @example
 * const start = parseLocalDateTime("2024-01-01T00:00:00.000001"); // 1 µs after midnight
 * if (start) toWallMsBounds(start, start); // { first: Date.UTC(2024, 0, 1) + 1, last: Date.UTC(2024, 0, 1) }
 */
export function toWallMsBounds(start: LocalDateTime, end: LocalDateTime): { first: number; last: number } {
  return {
    first: wallMs(start) + Math.ceil(start.microsecond / 1000),
    last: wallMs(end) + Math.floor(end.microsecond / 1000),
  };
}

function wallMs(value: LocalDateTime): number {
  return civilToWallMs(value.year, value.month, value.day, value.hour, value.minute, value.second, 0);
}
