import { describe, expect, it } from "vitest";
import { isTimeOfDayText, isWithinTimeRange, parseTimeOfDay } from "../../../../runtime/engine/schedule/time-of-day.js";

describe("isTimeOfDayText (the reference's prefix pattern)", () => {
  it.each([
    "00:00",
    "23:59",
    "19:59",
    "13:39x", // invalid-0249: a prefix is enough
    "06:45:30", // time-0057
    "12:40 ",
    "11:45\n", // invalid-0228
    "0٠:15", // time-0105: any Unicode digit after 0 or 1
    "1٣:24", // invalid-0042
    "10:3٩",
    "05:01:30", // invalid-0205
  ])("accepts %j", (text) => {
    expect(isTimeOfDayText(text)).toBe(true);
  });

  it.each([
    "",
    "24:00",
    "2٣:59", // time-0001: after 2 only ASCII 0-3
    "2٢:01", // invalid-0111
    "12:60", // invalid-0198
    "12:6٠",
    " 09:00", // invalid-0037
    "9am",
    "2400", // invalid-0221
    "9:00",
    "09:0",
    "٠9:00", // the first hour digit must be ASCII
    "09-00",
  ])("rejects %j", (text) => {
    expect(isTimeOfDayText(text)).toBe(false);
  });
});

describe("parseTimeOfDay (split on ':' and int())", () => {
  it.each([
    ["00:00", 0, 0],
    ["23:59", 23, 1439],
    ["12:40 ", 12, 760], // time-0180
    ["06:00\n", 6, 360],
    ["0٠:15", 0, 15],
    ["1٣:24", 13, 804],
    ["12:00_1", 12, 721], // int("00_1") == 1
    ["12:05\u00a0", 12, 725],
  ])("%j is %i h, minute %i of the day", (text, hour, minuteOfDay) => {
    expect(parseTimeOfDay(text)).toEqual({ hour, minuteOfDay });
  });

  it.each([
    "06:45:30", // three parts
    "13:39x", // int("39x") raises
    "12:55_5", // minute 555
    "12:60",
    "1200",
    "12:5\u200b",
  ])("%j cannot be evaluated", (text) => {
    expect(parseTimeOfDay(text)).toBeUndefined();
  });
});

describe("isWithinTimeRange", () => {
  const at = (text: string) => {
    const time = parseTimeOfDay(text);
    if (!time) throw new Error(text);
    return time;
  };
  const within = (now: string, start: string, end: string) =>
    isWithinTimeRange(at(now).minuteOfDay, at(start), at(end));

  it("is inclusive at both ends", () => {
    expect(within("09:00", "09:00", "17:00")).toBe(true);
    expect(within("17:00", "09:00", "17:00")).toBe(true);
    expect(within("08:59", "09:00", "17:00")).toBe(false);
    expect(within("17:01", "09:00", "17:00")).toBe(false);
    expect(within("14:15", "14:15", "14:15")).toBe(true);
  });

  it("wraps past midnight when END's hour is below START's hour", () => {
    expect(within("23:45", "23:45", "21:30")).toBe(true);
    expect(within("00:00", "22:00", "06:00")).toBe(true);
    expect(within("06:00", "22:00", "06:00")).toBe(true);
    expect(within("06:01", "22:00", "06:00")).toBe(false);
    expect(within("21:59", "22:00", "06:00")).toBe(false);
  });

  it("does not wrap when only END's minute is earlier (time-0020)", () => {
    for (const now of ["00:00", "04:00", "04:01", "12:00", "23:59"]) {
      expect(within(now, "04:01", "04:00")).toBe(false);
    }
  });
});
