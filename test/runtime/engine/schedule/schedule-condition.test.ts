import { describe, expect, it } from "vitest";
import { compileScheduleCondition, validateScheduleCondition } from "./schedule-actions.js";
import type { JsonValue } from "../../../../runtime/types.js";

const paths = (issues: readonly { path: readonly (string | number)[] }[]) => issues.map((issue) => issue.path);

describe("validateScheduleCondition", () => {
  it("accepts well-formed conditions", () => {
    const valid = [
      ["SCHEDULE_BETWEEN_TIME_RANGE", "CURRENT_TIME", { START: "09:00", END: "17:00" }],
      ["SCHEDULE_BETWEEN_TIME_RANGE", "CURRENT_TIME", { START: "22:00", END: "06:00", TIMEZONE: "Europe/London" }],
      ["SCHEDULE_BETWEEN_DATETIME_RANGE", "CURRENT_DATETIME", { START: "2024-01-01", END: "2024-12-31T23:59:59.999" }],
      ["SCHEDULE_BETWEEN_DAYS_OF_WEEK", "CURRENT_DAY_OF_WEEK", { DAYS: ["MONDAY", "SUNDAY"], TIMEZONE: null }],
      ["SCHEDULE_BETWEEN_DAYS_OF_WEEK", "CURRENT_DAY_OF_WEEK", { DAYS: [] }],
      ["SCHEDULE_BETWEEN_DAYS_OF_WEEK", "CURRENT_DAY_OF_WEEK", { DAYS: ["FRIDAY", "FRIDAY"], TIMEZONE: [] }],
    ] as const;
    for (const [action, key, value] of valid) expect(validateScheduleCondition(action, { key, value })).toEqual([]);
  });

  it.each([
    ["SCHEDULE_BETWEEN_TIME_RANGE", "CURRENT_TIME "],
    ["SCHEDULE_BETWEEN_TIME_RANGE", "CURRENT_DATETIME"],
    ["SCHEDULE_BETWEEN_DATETIME_RANGE", "current_datetime"],
    ["SCHEDULE_BETWEEN_DAYS_OF_WEEK", "CURRENT_TIME"],
    ["SCHEDULE_BETWEEN_DAYS_OF_WEEK", ""],
    ["SCHEDULE_BETWEEN_DAYS_OF_WEEK", 7],
  ] as const)("%s rejects the key %j", (action, key) => {
    const value = { START: "09:00", END: "17:00", DAYS: ["MONDAY"] };
    const issues = validateScheduleCondition(action, { key, value });
    expect(paths(issues)).toContainEqual(["key"]);
    expect(issues[0]?.message).toMatch(/CURRENT_/);
  });

  it("reports every defect of a time range, each at its own path", () => {
    const issues = validateScheduleCondition("SCHEDULE_BETWEEN_TIME_RANGE", {
      key: "now",
      value: { START: "9am", END: 1700, TIMEZONE: "utc" },
    });
    expect(paths(issues)).toEqual([["key"], ["value", "START"], ["value", "END"], ["value", "TIMEZONE"]]);
    expect(issues[1]?.message).toMatch(/HH:MM/);
    expect(issues[2]?.message).toMatch(/string/);
    expect(issues[3]?.message).toMatch(/"utc".*case-sensitive/);
  });

  it.each([
    [{ START: "09:00" }, [["value", "END"]]],
    [{ END: "17:00" }, [["value", "START"]]],
    [{ START: "", END: "17:00" }, [["value", "START"]]],
    [{ START: "09:00", END: " 09:00" }, [["value", "END"]]],
    [{ START: "09:00", END: "12:60" }, [["value", "END"]]],
    [{ START: "09:00", END: "17:00", TIMEZONE: { name: "UTC" } }, [["value", "TIMEZONE"]]],
    [{ START: "09:00", END: "17:00", TIMEZONE: "UTC+3" }, [["value", "TIMEZONE"]]],
    [{ START: "09:00", END: "17:00", TIMEZONE: "/etc/passwd" }, [["value", "TIMEZONE"]]],
    [["09:00", "17:00"], [["value"]]],
    ["09:00-17:00", [["value"]]],
    [null, [["value"]]],
  ])("time range value %j → issues at %j", (value, expected) => {
    expect(paths(validateScheduleCondition("SCHEDULE_BETWEEN_TIME_RANGE", { key: "CURRENT_TIME", value }))).toEqual(
      expected,
    );
  });

  it.each([
    [{ START: "now", END: "2024-12-31T23:59:59" }, [["value", "START"]]],
    [{ START: ["2024-01-01"], END: "2024-12-31" }, [["value", "START"]]],
    [{ START: "2024-01-01T00:00:00", END: "2024-01-01T10:00:00-05:00" }, [["value", "END"]]],
    [
      { START: "2024-01-01T00:00:00Z", END: "2024-13-01" },
      [
        ["value", "START"],
        ["value", "END"],
      ],
    ],
    [{ START: "2024-01-01", END: "2024-01-02", TIMEZONE: "Europe/Londn" }, [["value", "TIMEZONE"]]],
    [1, [["value"]]],
  ])("datetime range value %j → issues at %j", (value, expected) => {
    const condition = { key: "CURRENT_DATETIME", value };
    expect(paths(validateScheduleCondition("SCHEDULE_BETWEEN_DATETIME_RANGE", condition))).toEqual(expected);
  });

  it.each([
    [{ DAYS: ["MONDAY", "FUNDAY", "monday", 1, "TUESDAY", "MON"] }, [1, 2, 3, 5].map((i) => ["value", "DAYS", i])],
    [{ DAYS: "MONDAY" }, [["value", "DAYS"]]],
    [{ TIMEZONE: "UTC" }, [["value", "DAYS"]]],
    [{}, [["value", "DAYS"]]],
    [{ DAYS: ["MONDAY"], TIMEZONE: true }, [["value", "TIMEZONE"]]],
    [["MONDAY"], [["value"]]],
  ])("days value %j → issues at %j", (value, expected) => {
    const condition = { key: "CURRENT_DAY_OF_WEEK", value };
    expect(paths(validateScheduleCondition("SCHEDULE_BETWEEN_DAYS_OF_WEEK", condition))).toEqual(expected);
  });

  it("reads only own properties of the value", () => {
    const value = JSON.parse('{"__proto__": {"START": "09:00", "END": "17:00"}}') as JsonValue;
    const issues = validateScheduleCondition("SCHEDULE_BETWEEN_TIME_RANGE", { key: "CURRENT_TIME", value });
    expect(paths(issues)).toEqual([
      ["value", "START"],
      ["value", "END"],
    ]);
  });
});

describe("compileScheduleCondition", () => {
  const instant = "2024-05-06T18:56:00.000Z"; // Monday 18:56 UTC, Tuesday 00:26 in Kolkata
  const clock = () => new Date(instant);

  it.each([
    ["[]", []],
    ["{}", {}],
  ])("a TIMEZONE of %s is valid (falsy) but never matches, as dateutil raises on it", (_label, timeZone) => {
    const condition = (TIMEZONE: JsonValue) => ({ START: "18:00", END: "19:00", TIMEZONE });
    expect(validateScheduleCondition("SCHEDULE_BETWEEN_TIME_RANGE", { key: "CURRENT_TIME", value: condition(timeZone) })).toEqual([]);
    expect(compileScheduleCondition("SCHEDULE_BETWEEN_TIME_RANGE", condition(null), clock)()).toBe(true);
    expect(compileScheduleCondition("SCHEDULE_BETWEEN_TIME_RANGE", condition(timeZone), clock)()).toBe(false);
    const everyDay = { DAYS: ["MONDAY", "TUESDAY"], TIMEZONE: timeZone };
    expect(compileScheduleCondition("SCHEDULE_BETWEEN_DAYS_OF_WEEK", everyDay, clock)()).toBe(false);
  });

  it("compiles each schedule action into a predicate over the clock", () => {
    const kolkata = { TIMEZONE: "Asia/Kolkata" };
    expect(
      compileScheduleCondition("SCHEDULE_BETWEEN_TIME_RANGE", { START: "00:00", END: "00:26", ...kolkata }, clock)(),
    ).toBe(true);
    expect(
      compileScheduleCondition("SCHEDULE_BETWEEN_TIME_RANGE", { START: "18:00", END: "19:00", ...kolkata }, clock)(),
    ).toBe(false);
    const may7 = { START: "2024-05-07", END: "2024-05-07T00:26", ...kolkata };
    expect(compileScheduleCondition("SCHEDULE_BETWEEN_DATETIME_RANGE", may7, clock)()).toBe(true);
    expect(compileScheduleCondition("SCHEDULE_BETWEEN_DATETIME_RANGE", { ...may7, TIMEZONE: "UTC" }, clock)()).toBe(
      false,
    );
    expect(compileScheduleCondition("SCHEDULE_BETWEEN_DAYS_OF_WEEK", { DAYS: ["TUESDAY"], ...kolkata }, clock)()).toBe(
      true,
    );
    expect(compileScheduleCondition("SCHEDULE_BETWEEN_DAYS_OF_WEEK", { DAYS: ["TUESDAY"] }, clock)()).toBe(false);
  });

  it("refuses values that were not validated", () => {
    expect(() =>
      compileScheduleCondition("SCHEDULE_BETWEEN_DATETIME_RANGE", { START: "2024", END: "2025" }, clock),
    ).toThrow(TypeError);
    expect(() =>
      compileScheduleCondition("SCHEDULE_BETWEEN_TIME_RANGE", { START: "09:00", END: "17:00", TIMEZONE: "utc" }, clock),
    ).toThrow(TypeError);
    expect(() => compileScheduleCondition("SCHEDULE_BETWEEN_DAYS_OF_WEEK", ["MONDAY"], clock)).toThrow(TypeError);
  });
});
