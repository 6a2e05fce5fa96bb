import { describe, expect, it } from "vitest";
import { wallClockFor } from "../../../../runtime/engine/schedule/wall-clock.js";

/** The wall-clock reading of `instant` in `zone`, formatted like Python's isoformat(). */
const localTime = (zone: string, instant: string) =>
  new Date(wallClockFor(zone)(Date.parse(instant))).toISOString().slice(0, 23);

// Expectations were produced with python-dateutil: datetime.fromisoformat(instant).astimezone(gettz(zone)).
describe("wallClockFor", () => {
  it.each([
    ["UTC", "2024-05-06T18:56:00.123Z", "2024-05-06T18:56:00.123"],
    ["Etc/UTC", "2024-05-06T18:56:00.123Z", "2024-05-06T18:56:00.123"],
    ["Etc/GMT+5", "2024-05-06T03:00:00.000Z", "2024-05-05T22:00:00.000"], // POSIX sign: five hours behind
    ["Etc/GMT-14", "2024-05-06T10:00:00.000Z", "2024-05-07T00:00:00.000"],
    ["Asia/Kolkata", "2024-05-06T18:29:59.999Z", "2024-05-06T23:59:59.999"],
    ["Asia/Kolkata", "2024-05-06T18:30:00.000Z", "2024-05-07T00:00:00.000"],
    ["Asia/Kathmandu", "2024-01-01T00:00:00.000Z", "2024-01-01T05:45:00.000"],
    ["Asia/Kathmandu", "1985-06-01T00:00:00.000Z", "1985-06-01T05:30:00.000"], // +05:30 before 1986
    ["Pacific/Chatham", "2024-01-15T00:00:00.000Z", "2024-01-15T13:45:00.000"],
    ["Pacific/Chatham", "2024-07-15T00:00:00.000Z", "2024-07-15T12:45:00.000"],
    ["Pacific/Kiritimati", "2024-05-06T10:00:00.000Z", "2024-05-07T00:00:00.000"],
    ["Pacific/Pago_Pago", "2024-05-06T10:59:59.999Z", "2024-05-05T23:59:59.999"],
  ])("%s at %s reads %s", (zone, instant, expected) => {
    expect(localTime(zone, instant)).toBe(expected);
  });

  describe("daylight saving transitions", () => {
    it.each([
      // Spring forward: the wall clock jumps over the gap.
      ["Europe/London", "2024-03-31T00:59:59.999Z", "2024-03-31T00:59:59.999"],
      ["Europe/London", "2024-03-31T01:00:00.000Z", "2024-03-31T02:00:00.000"],
      ["America/New_York", "2024-03-10T06:59:59.999Z", "2024-03-10T01:59:59.999"],
      ["America/New_York", "2024-03-10T07:00:00.000Z", "2024-03-10T03:00:00.000"],
      ["Australia/Sydney", "2024-10-05T15:59:59.999Z", "2024-10-06T01:59:59.999"],
      ["Australia/Sydney", "2024-10-05T16:00:00.000Z", "2024-10-06T03:00:00.000"],
      ["Australia/Lord_Howe", "2024-10-05T15:29:59.999Z", "2024-10-06T01:59:59.999"], // 30-minute shift
      ["Australia/Lord_Howe", "2024-10-05T15:30:00.000Z", "2024-10-06T02:30:00.000"],
      // Fall back: two instants an hour apart read the same.
      ["Europe/London", "2024-10-27T00:30:00.000Z", "2024-10-27T01:30:00.000"],
      ["Europe/London", "2024-10-27T01:30:00.000Z", "2024-10-27T01:30:00.000"],
      ["America/New_York", "2024-11-03T05:30:00.000Z", "2024-11-03T01:30:00.000"],
      ["America/New_York", "2024-11-03T06:30:00.000Z", "2024-11-03T01:30:00.000"],
      ["Australia/Sydney", "2024-04-06T15:30:00.000Z", "2024-04-07T02:30:00.000"],
      ["Australia/Sydney", "2024-04-06T16:30:00.000Z", "2024-04-07T02:30:00.000"],
      ["Australia/Lord_Howe", "2024-04-06T14:45:00.000Z", "2024-04-07T01:45:00.000"],
      ["Australia/Lord_Howe", "2024-04-06T15:15:00.000Z", "2024-04-07T01:45:00.000"],
    ])("%s at %s reads %s", (zone, instant, expected) => {
      expect(localTime(zone, instant)).toBe(expected);
    });

    it("reads every second of a transition hour correctly, in any order", () => {
      const zone = "Australia/Lord_Howe";
      const hourStart = Date.parse("2024-10-05T15:00:00.000Z");
      const switchAt = Date.parse("2024-10-05T15:30:00.000Z");
      const offsetAt = (instant: number) => (instant < switchAt ? 10.5 : 11) * 3_600_000;
      const instants = Array.from({ length: 3600 }, (_, second) => hourStart + second * 1000 + 999);
      for (const instant of [...instants.reverse(), ...instants.reverse()]) {
        expect(wallClockFor(zone)(instant)).toBe(instant + offsetAt(instant));
      }
    });

    it("keeps cached hours apart when instants alternate", () => {
      const clock = wallClockFor("Europe/London");
      const winter = Date.parse("2024-01-10T12:00:00.000Z");
      const summer = Date.parse("2024-07-10T12:00:00.000Z");
      for (let round = 0; round < 3; round += 1) {
        expect(clock(winter)).toBe(winter);
        expect(clock(summer)).toBe(summer + 3_600_000);
      }
    });
  });

  it("is NaN for an invalid instant or a reading outside years 1–9999", () => {
    const clock = wallClockFor("Pacific/Kiritimati");
    expect(clock(Number.NaN)).toBeNaN();
    expect(clock(Date.parse("9999-12-31T12:00:00.000Z"))).toBeNaN(); // already 10000-01-01 locally
    expect(clock(Date.parse("9999-12-31T09:59:59.999Z"))).toBe(Date.parse("9999-12-31T23:59:59.999Z"));
    expect(wallClockFor("Etc/GMT+12")(Date.parse("0001-01-01T05:00:00.000Z"))).toBeNaN(); // 0000-12-31 locally
  });

  it("returns one shared clock per zone", () => {
    expect(wallClockFor("Asia/Tokyo")).toBe(wallClockFor("Asia/Tokyo"));
  });

  it("refuses a zone Intl does not know", () => {
    expect(() => wallClockFor("Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
