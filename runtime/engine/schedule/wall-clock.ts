import { civilToWallMs, DAY_MS } from "./civil-time.js";
import { zoneFormatter } from "./time-zone.js";

/**
 * Turns an instant (epoch milliseconds) into the wall-clock reading of one zone, in
 * wall milliseconds (see `civilToWallMs`). `NaN` for an invalid instant or a reading
 * outside years 1–9999, where Python's datetime overflows and the condition is false.
 */
export type WallClock = (instantMs: number) => number;

const FIRST_WALL_MS = civilToWallMs(1, 1, 1, 0, 0, 0, 0);
const LAST_WALL_MS = civilToWallMs(9999, 12, 31, 23, 59, 59, 999);
const HOUR_MS = 3_600_000;
const MAX_CACHED_HOURS = 256;
const wallClocks = new Map<string, WallClock>();

/**
 * The shared wall clock of `zone` (a name `resolveTimeZone` returned). Offsets are
 * read from `Intl` once per UTC hour and cached; only an hour that contains an offset
 * change is formatted instant by instant. Comparing wall readings, never instants, is
 * what the reference does: a repeated autumn hour reads the same twice, and readings
 * inside a spring-forward gap never occur.
 * @example
 * wallClockFor("Asia/Kathmandu")(Date.UTC(2024, 0, 1)); // Date.UTC(2024, 0, 1, 5, 45)
 */
export function wallClockFor(zone: string): WallClock {
  let clock = wallClocks.get(zone);
  if (clock === undefined) {
    clock = createWallClock(zone);
    wallClocks.set(zone, clock);
  }
  return clock;
}

function createWallClock(zone: string): WallClock {
  const formatter = zoneFormatter(zone);
  if (formatter === undefined) throw new RangeError(`unknown time zone ${JSON.stringify(zone)}`);
  const offsetOf = formatter.resolvedOptions().timeZone === "UTC" ? () => 0 : cachedOffsets(formatter);
  return (instantMs) => {
    if (!(instantMs >= FIRST_WALL_MS - DAY_MS && instantMs <= LAST_WALL_MS + DAY_MS)) return Number.NaN;
    const wallMs = instantMs + offsetOf(instantMs);
    return wallMs >= FIRST_WALL_MS && wallMs <= LAST_WALL_MS ? wallMs : Number.NaN;
  };
}

function cachedOffsets(formatter: Intl.DateTimeFormat): (instantMs: number) => number {
  // Hour → offset, or NaN when the offset changes inside that hour.
  const byHour = new Map<number, number>();
  return (instantMs) => {
    const hour = Math.floor(instantMs / HOUR_MS);
    let offset = byHour.get(hour);
    if (offset === undefined) {
      offset = steadyOffset(formatter, hour * HOUR_MS);
      if (byHour.size >= MAX_CACHED_HOURS) byHour.clear();
      byHour.set(hour, offset);
    }
    return Number.isNaN(offset) ? offsetAt(formatter, instantMs) : offset;
  };
}

// Offsets change at most a few times a year, so equal offsets at both ends of an
// hour mean the offset holds for the whole hour.
function steadyOffset(formatter: Intl.DateTimeFormat, hourStartMs: number): number {
  const first = offsetAt(formatter, hourStartMs);
  const last = offsetAt(formatter, hourStartMs + HOUR_MS - 1);
  return first === last ? first : Number.NaN;
}

function offsetAt(formatter: Intl.DateTimeFormat, instantMs: number): number {
  const wholeSecondMs = Math.floor(instantMs / 1000) * 1000;
  const fields = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  let beforeCommonEra = false;
  for (const part of formatter.formatToParts(wholeSecondMs)) {
    if (part.type === "era") beforeCommonEra = part.value === "BC";
    else if (Object.hasOwn(fields, part.type)) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  const { month, day, hour, minute, second } = fields;
  const year = beforeCommonEra ? 1 - fields.year : fields.year;
  return civilToWallMs(year, month, day, hour % 24, minute, second, 0) - wholeSecondMs;
}
