import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isTruthy, resolveTimeZone, zoneFormatter } from "../../../../runtime/engine/schedule/time-zone.js";
import { listAliasZoneNames } from "../../../../runtime/engine/schedule/time-zone-names.js";

/** Swaps the case of every letter: "Asia/Kolkata" → "aSIA/kOLKATA". */
const swapCase = (name: string) =>
  [...name].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join("");

describe("isTruthy (Python truthiness)", () => {
  it.each([null, undefined, false, 0, -0, "", [], {}])("%j is falsy", (value) => {
    expect(isTruthy(value)).toBe(false);
  });
  it.each([true, 1, -1, 0.5, " ", "0", [0], { a: null }])("%j is truthy", (value) => {
    expect(isTruthy(value)).toBe(true);
  });
});

describe("resolveTimeZone", () => {
  it.each([undefined, null, "", 0, false, [], {}])("falsy %j means UTC", (value) => {
    expect(resolveTimeZone(value)).toBe("UTC");
  });

  it.each([true, 1, ["UTC"], { name: "UTC" }])("truthy non-string %j is rejected", (value) => {
    expect(resolveTimeZone(value)).toBeUndefined();
  });

  it.each([
    ["UTC", "UTC"],
    ["GMT", "GMT"],
    ["Etc/UTC", "Etc/UTC"],
    ["Etc/GMT+5", "Etc/GMT+5"],
    ["Etc/GMT-14", "Etc/GMT-14"],
    ["EST5EDT", "EST5EDT"],
    ["Europe/London", "Europe/London"],
    ["Asia/Kolkata", "Asia/Kolkata"], // Intl calls it Asia/Calcutta
    ["Asia/Calcutta", "Asia/Calcutta"],
    ["Asia/Kathmandu", "Asia/Kathmandu"],
    ["Europe/Kyiv", "Europe/Kyiv"],
    ["US/Eastern", "US/Eastern"],
    ["America/Los Angeles", "America/Los_Angeles"], // invalid-0158
    ["America/Sao Paulo", "America/Sao_Paulo"], // invalid-0181
    ["America/Port-au-Prince", "America/Port-au-Prince"],
    ["Antarctica/DumontDUrville", "Antarctica/DumontDUrville"],
    [":Europe/London", "Europe/London"], // gettz drops one leading ":"
    [":", "UTC"], // gettz(":") is the process zone
  ])("%j → %j", (value, zone) => {
    expect(resolveTimeZone(value)).toBe(zone);
  });

  it.each([
    "europe/london", // invalid-0337
    "utc", // invalid-0267
    "Utc",
    "gmt",
    "UTC ", // invalid-0129
    " UTC",
    "Europe/Londn", // invalid-0268
    "asia/kolkata",
    "Asia/kolkata",
    "ASIA/KOLKATA",
    "Etc/utc",
    "etc/gmt+5",
    "est5edt",
    "America/Los_angeles",
    "/etc/passwd",
    "/usr/share/zoneinfo/UTC",
    "Europe/../UTC",
    "./UTC",
    "Etc//UTC",
    "Etc/UTC/",
    "posix/UTC",
    "right/UTC",
    "localtime",
    "posixrules",
    "Factory",
    "UTC+3",
    "A1",
    "EST5",
    "Etc/GMT+13",
    "US/Pacific-New", // Intl still knows it; the tz database dropped it
    "::UTC",
  ])("%j is rejected", (value) => {
    expect(resolveTimeZone(value)).toBeUndefined();
  });

  it("accepts every zone Intl lists, and no case variant of it", () => {
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      expect(resolveTimeZone(zone), zone).toBe(zone);
      expect(resolveTimeZone(zone.toLowerCase()), zone).toBe(zone === zone.toLowerCase() ? zone : undefined);
      expect(resolveTimeZone(swapCase(zone)), zone).toBeUndefined();
    }
  });

  it("accepts every alias in its exact case only", () => {
    for (const zone of listAliasZoneNames()) {
      expect(resolveTimeZone(zone), zone).toBe(zone);
      expect(resolveTimeZone(swapCase(zone)), zone).toBeUndefined();
      expect(resolveTimeZone(zone.toUpperCase()), zone).toBe(zone === zone.toUpperCase() ? zone : undefined);
    }
  });
});

describe("time-zone names against the host's tz database", () => {
  const tzdata = "/usr/share/zoneinfo/tzdata.zi";
  const namesOf = (text: string) =>
    text
      .split("\n")
      .map((line) => line.split(" "))
      .flatMap((parts) => (parts[0] === "Z" ? [parts[1]] : parts[0] === "L" ? [parts[2]] : []))
      .filter((name): name is string => name !== undefined);

  it.skipIf(!existsSync(tzdata))("every alias is a tz database name", () => {
    const names = new Set(namesOf(readFileSync(tzdata, "utf8")));
    expect(listAliasZoneNames().filter((name) => !names.has(name))).toEqual([]);
  });

  it.skipIf(!existsSync(tzdata))("every tz database name Intl can format is accepted", () => {
    const missing = namesOf(readFileSync(tzdata, "utf8"))
      .filter((name) => zoneFormatter(name) !== undefined)
      .filter((name) => resolveTimeZone(name) === undefined);
    expect(missing).toEqual([]);
  });
});

describe("zoneFormatter", () => {
  it("builds one formatter per zone and reuses it", () => {
    const first = zoneFormatter("Pacific/Chatham");
    expect(first).toBeInstanceOf(Intl.DateTimeFormat);
    expect(zoneFormatter("Pacific/Chatham")).toBe(first);
  });

  it("answers undefined for a zone Intl does not know", () => {
    expect(zoneFormatter("Mars/Olympus_Mons")).toBeUndefined();
    expect(zoneFormatter("Mars/Olympus_Mons")).toBeUndefined();
  });
});
