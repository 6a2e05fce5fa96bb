import { describe, expect, it } from "vitest";
import { civilToWallMs, dayOfWeek, minuteOfDay } from "../../../../runtime/engine/schedule/civil-time.js";

describe("civil time helpers", () => {
  it("counts wall milliseconds from 1970-01-01T00:00", () => {
    expect(civilToWallMs(1970, 1, 1, 0, 0, 0, 0)).toBe(0);
    expect(civilToWallMs(2024, 2, 29, 23, 59, 59, 999)).toBe(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
  });

  it("keeps years below 100 (Date.UTC would move them to the 1900s)", () => {
    expect(new Date(civilToWallMs(50, 6, 1, 0, 0, 0, 0)).getUTCFullYear()).toBe(50);
    expect(new Date(civilToWallMs(1, 1, 1, 0, 0, 0, 0)).toISOString()).toBe("0001-01-01T00:00:00.000Z");
  });

  it("gives the minute of the day, also before 1970", () => {
    expect(minuteOfDay(Date.UTC(2024, 0, 1, 13, 37, 59, 999))).toBe(13 * 60 + 37);
    expect(minuteOfDay(Date.UTC(1969, 11, 31, 23, 59, 30))).toBe(1439);
  });

  it("gives the day of the week with Sunday = 0, also before 1970", () => {
    expect(dayOfWeek(Date.UTC(2024, 4, 6, 23, 59))).toBe(1); // a Monday
    expect(dayOfWeek(Date.UTC(2024, 4, 5))).toBe(0); // a Sunday
    expect(dayOfWeek(Date.UTC(1969, 11, 31, 12))).toBe(3); // a Wednesday
    expect(dayOfWeek(civilToWallMs(1, 1, 1, 0, 0, 0, 0))).toBe(1); // 0001-01-01 was a Monday
  });
});
