import { describe, expect, it } from "vitest";
import { compileDocument } from "../../../../runtime/engine/compile.js";
import { compileDateTimeRange } from "../../../../runtime/engine/schedule/datetime-range.js";
import { validateDocument } from "../../../../runtime/engine/validate.js";
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

describe("a bound only the reference's validator reads: a date followed by Z (Powertools parity)", () => {
  // Powertools validates START/END with fromisoformat(text.replace("Z", "+00:00")): "2024-12-31Z" reads as
  // "2024-12-31+00:00", "+" being the date-time separator and "00:00" the time, so the document is valid.
  // Its comparison parses the text as written, raises, and the condition is false.
  const flag = (end: string) => ({
    scheduled: {
      default: false,
      rules: { window: { when_match: true, conditions: [{ action: "SCHEDULE_BETWEEN_DATETIME_RANGE", key: "CURRENT_DATETIME", value: { START: "2024-01-01", END: end } }] } },
    },
    other: { default: false, rules: { p: { when_match: true, conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } } },
  });

  it.each(["2024-12-31Z", "2024-12-31Z:30", "2024-12-31Z.123"])("%s: the document is valid, the condition never matches, other flags work", (end) => {
    expect(validateDocument(flag(end))).toEqual([]);
    const inside = movableClock("2024-06-01T12:00:00.000Z");
    const compiled = compileDocument(flag(end), { clock: inside.clock });
    expect(compiled.evaluate("scheduled", {}, "caller-default")).toBe(false);
    inside.set("2024-12-31T00:00:00.000Z");
    expect(compiled.evaluate("scheduled", {}, "caller-default")).toBe(false);
    expect(compiled.evaluate("other", { tier: "premium" }, "caller-default")).toBe(true);
  });

  it.each(["2024-12-31T10:00Z", "2024-12-31Z10:00", "2024-12-31TZ", "2024-12-31ZZ", "2024-12Z31"])("%s is still invalid (an offset, or no date-time at all)", (end) => {
    expect(validateDocument(flag(end))).toEqual([expect.objectContaining({ path: ["scheduled", "rules", "window", "conditions", 0, "value", "END"] })]);
  });

  it("a bound without Z that the reference reads the same both ways still matches", () => {
    const compiled = compileDocument(flag("2024-12-31+10:00"), { clock: movableClock("2024-12-31T09:59:59.000Z").clock });
    expect(compiled.evaluate("scheduled", {}, "caller-default")).toBe(true);
  });
});
