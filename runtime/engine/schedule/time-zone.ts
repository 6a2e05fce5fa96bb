import { listAliasZoneNames } from "./time-zone-names.js";

/**
 * The zone a falsy TIMEZONE means. The reference hands falsy values to `gettz`,
 * which falls back to the process zone; on AWS Lambda (and in the vectors) that is UTC.
 */
export const PROCESS_TIME_ZONE = "UTC";

let knownNames: ReadonlySet<string> | undefined;
const formatters = new Map<string, Intl.DateTimeFormat | null>();

/**
 * The formatter used to read wall-clock fields in `zone`, or `undefined` when `Intl`
 * does not know the zone. Cached per zone: construction is the expensive part, and
 * documents are compiled again on every fetch.
 */
export function zoneFormatter(zone: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = createFormatter(zone);
    formatters.set(zone, formatter);
  }
  return formatter ?? undefined;
}

function createFormatter(zone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      calendar: "gregory",
      era: "short",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    return null;
  }
}

/** Python truthiness of a JSON value: `null`, `false`, `0`, `""`, `[]` and `{}` are falsy. */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object" && value !== null) return Object.keys(value).length > 0;
  return Boolean(value);
}

/**
 * The IANA zone a condition's TIMEZONE selects, or `undefined` when the value is not
 * acceptable. Mirrors `dateutil.tz.gettz` on Linux for zone names: falsy → the
 * process zone (UTC), a leading ":" is dropped, spaces become underscores, and the
 * name must be an exact-case IANA zone or link name that `Intl` can format.
 * Deliberately narrower than the reference, whose answer depends on the host:
 * POSIX TZ strings ("UTC+3", "A1"), file paths ("/etc/passwd", "Europe/../UTC") and
 * host files ("posix/UTC", "localtime", "Factory") are rejected.
 * @example
 * resolveTimeZone("America/Los Angeles"); // "America/Los_Angeles"
 * resolveTimeZone(null); // "UTC"
 * resolveTimeZone("europe/london"); // undefined
 */
export function resolveTimeZone(value: unknown): string | undefined {
  if (!isTruthy(value)) return PROCESS_TIME_ZONE;
  if (typeof value !== "string") return undefined;
  if (value === ":") return PROCESS_TIME_ZONE;
  const name = (value.startsWith(":") ? value.slice(1) : value).replaceAll(" ", "_");
  if (!isKnownZoneName(name) || zoneFormatter(name) === undefined) return undefined;
  return name;
}

function isKnownZoneName(name: string): boolean {
  knownNames ??= new Set([...Intl.supportedValuesOf("timeZone"), ...listAliasZoneNames()]);
  return knownNames.has(name);
}
