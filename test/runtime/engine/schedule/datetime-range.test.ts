import { describe, expect, it } from "vitest";
import { compileDateTimeRange } from "../../../../runtime/engine/schedule/datetime-range.js";
import type { JsonValue } from "../../../../runtime/types.js";
import { movableClock } from "./movable-clock.js";

describe("compileDateTimeRange", () => {
  const compile = (value: JsonValue, start: string) => {
    const time = movableClock(start);
    return { holds: compileDateTimeRange(value, time.clock), set: time.set };
  };

  it("is inclusive at both ends, to the millisecond", () => {
    const range = compile(
      { START: "2024-06-01T09:00:00.250", END: "2024-06-01T17:00:00.750", TIMEZONE: "Europe/Lisbon" },
      "2024-06-01T08:00:00.249Z",
    );
    expect(range.holds()).toBe(false);
    range.set("2024-06-01T08:00:00.250Z");
    expect(range.holds()).toBe(true);
    range.set("2024-06-01T16:00:00.750Z");
    expect(range.holds()).toBe(true);
    range.set("2024-06-01T16:00:00.751Z");
    expect(range.holds()).toBe(false);
  });

  it("matches START equal to END only at that instant (time-0037)", () => {
    const range = compile({ START: "2024-12-22T08:26", END: "2024-12-22x08:26:00" }, "2024-12-22T08:26:00.000Z");
    expect(range.holds()).toBe(true);
    range.set("2024-12-22T08:26:00.001Z");
    expect(range.holds()).toBe(false);
  });

  it("never matches when START is after END (time-0005)", () => {
    const range = compile({ START: "2024-11-25x20:07:00", END: "2024-09-24T11:19" }, "2024-11-25T20:07:00.000Z");
    expect(range.holds()).toBe(false);
    range.set("2024-10-01T00:00:00.000Z");
    expect(range.holds()).toBe(false);
  });

  it("treats a date alone as midnight", () => {
    const range = compile(
      { START: "2024-05-07", END: "2024-05-08", TIMEZONE: "Asia/Kolkata" },
      "2024-05-06T18:29:59.999Z",
    );
    expect(range.holds()).toBe(false);
    range.set("2024-05-06T18:30:00.000Z");
    expect(range.holds()).toBe(true);
    range.set("2024-05-07T18:30:00.000Z");
    expect(range.holds()).toBe(true); // 2024-05-08T00:00 local, END itself
    range.set("2024-05-07T18:30:00.001Z");
    expect(range.holds()).toBe(false);
  });

  it("compares a repeated autumn hour on the wall clock, so both passes match", () => {
    const range = compile(
      { START: "2024-11-03T01:15", END: "2024-11-03T01:45", TIMEZONE: "America/New_York" },
      "2024-11-03T05:30:00.000Z",
    );
    expect(range.holds()).toBe(true); // 01:30 EDT
    range.set("2024-11-03T06:30:00.000Z");
    expect(range.holds()).toBe(true); // 01:30 EST
    range.set("2024-11-03T06:00:00.000Z");
    expect(range.holds()).toBe(false); // 01:00 EST
  });

  it("never matches a range inside a spring-forward gap", () => {
    const range = compile(
      { START: "2024-10-06T02:00", END: "2024-10-06T02:59:59.999999", TIMEZONE: "Australia/Sydney" },
      "2024-10-05T15:00:00.000Z",
    );
    for (let second = 0; second < 2 * 3600; second += 1) {
      range.set(new Date(Date.parse("2024-10-05T15:00:00.000Z") + second * 1000).toISOString());
      expect(range.holds()).toBe(false);
    }
  });
});
