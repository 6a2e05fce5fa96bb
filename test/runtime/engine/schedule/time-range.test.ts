import { describe, expect, it } from "vitest";
import { compileTimeRange } from "../../../../runtime/engine/schedule/time-range.js";
import type { JsonValue } from "../../../../runtime/types.js";
import { movableClock } from "./movable-clock.js";

describe("compileTimeRange", () => {
  const compile = (value: JsonValue, start: string) => {
    const time = movableClock(start);
    return { holds: compileTimeRange(value, time.clock), set: time.set };
  };

  it("reads the clock on every call, inclusive to the end of END's minute", () => {
    const range = compile({ START: "14:15", END: "14:15", TIMEZONE: "America/New_York" }, "2024-07-01T18:14:59.999Z");
    expect(range.holds()).toBe(false);
    range.set("2024-07-01T18:15:00.000Z");
    expect(range.holds()).toBe(true);
    range.set("2024-07-01T18:15:59.999Z");
    expect(range.holds()).toBe(true);
    range.set("2024-07-01T18:16:00.000Z");
    expect(range.holds()).toBe(false);
  });

  it("wraps past midnight in the zone's local time (time-0009)", () => {
    const range = compile({ START: "23:45", END: "21:30", TIMEZONE: "Pacific/Auckland" }, "2024-07-01T09:29:59.000Z");
    expect(range.holds()).toBe(true); // 21:29:59 NZST
    range.set("2024-07-01T09:31:00.000Z");
    expect(range.holds()).toBe(false); // 21:31
    range.set("2024-07-01T11:45:00.000Z");
    expect(range.holds()).toBe(true); // 23:45
    range.set("2024-07-01T12:00:00.000Z");
    expect(range.holds()).toBe(true); // 00:00 the next day
  });

  it("never holds for START/END the reference cannot evaluate", () => {
    for (const value of [
      { START: "06:00", END: "06:45:30" },
      { START: "13:39x", END: "16:20" },
      { START: "00:00", END: "23:59_9" },
    ]) {
      const range = compile(value, "2024-07-01T06:30:00.000Z");
      for (const hour of ["00", "06", "13", "14", "23"]) {
        range.set(`2024-07-01T${hour}:40:00.000Z`);
        expect(range.holds()).toBe(false);
      }
    }
  });

  it("holds for no instant of a spring-forward gap, and twice for a repeated hour", () => {
    const gap = compile({ START: "01:00", END: "01:59", TIMEZONE: "Europe/London" }, "2024-03-31T00:00:00.000Z");
    const repeated = compile({ START: "01:00", END: "01:59", TIMEZONE: "Europe/London" }, "2024-10-27T00:00:00.000Z");
    const night = (day: string) => Array.from({ length: 4 * 60 }, (_, minute) => Date.parse(day) + minute * 60_000);
    const gapHits = night("2024-03-30T23:00:00.000Z").filter((instant) => {
      gap.set(new Date(instant).toISOString());
      return gap.holds();
    });
    const repeatedHits = night("2024-10-26T23:00:00.000Z").filter((instant) => {
      repeated.set(new Date(instant).toISOString());
      return repeated.holds();
    });
    expect(gapHits).toEqual([]);
    expect(repeatedHits).toHaveLength(120); // 00:00–00:59 UTC (BST) and 01:00–01:59 UTC (GMT)
  });

  it("follows Lord Howe's half-hour daylight saving shift", () => {
    const range = compile(
      { START: "02:00", END: "02:29", TIMEZONE: "Australia/Lord_Howe" },
      "2024-10-05T15:29:00.000Z",
    );
    expect(range.holds()).toBe(false); // 01:59 local; 02:00–02:29 is skipped that night
    range.set("2024-10-05T15:30:00.000Z");
    expect(range.holds()).toBe(false); // 02:30 local
    range.set("2024-10-12T15:15:00.000Z");
    expect(range.holds()).toBe(true); // a week later, 02:15 local (+11)
  });

  it("reads Unicode digits the way the reference does (time-0105)", () => {
    const range = compile({ START: "0٠:15", END: "0٠:15" }, "2024-01-01T00:15:30.000Z");
    expect(range.holds()).toBe(true);
    range.set("2024-01-01T00:16:00.000Z");
    expect(range.holds()).toBe(false);
  });
});
