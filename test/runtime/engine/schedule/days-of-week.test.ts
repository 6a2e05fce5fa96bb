import { describe, expect, it } from "vitest";
import { compileDaysOfWeek } from "../../../../runtime/engine/schedule/days-of-week.js";
import type { JsonValue } from "../../../../runtime/types.js";

describe("compileDaysOfWeek", () => {
  const holdsAt = (value: JsonValue, instant: string) => compileDaysOfWeek(value, () => new Date(instant))();

  it("uses the local weekday of the zone near midnight (time-0118)", () => {
    const instant = "2024-05-06T18:56:00.000Z"; // Monday in UTC, Tuesday 00:26 in Kolkata
    expect(holdsAt({ DAYS: ["TUESDAY"], TIMEZONE: "Asia/Kolkata" }, instant)).toBe(true);
    expect(holdsAt({ DAYS: ["TUESDAY"] }, instant)).toBe(false);
    expect(holdsAt({ DAYS: ["MONDAY"] }, instant)).toBe(true);
    expect(holdsAt({ DAYS: ["MONDAY"], TIMEZONE: "Pacific/Pago_Pago" }, instant)).toBe(true);
    expect(holdsAt({ DAYS: ["TUESDAY"], TIMEZONE: "Pacific/Kiritimati" }, instant)).toBe(true);
  });

  it("sees three different days at one instant across the date line", () => {
    const instant = "2024-05-06T10:30:00.000Z";
    expect(holdsAt({ DAYS: ["SUNDAY"], TIMEZONE: "Pacific/Pago_Pago" }, instant)).toBe(true); // 23:30 Sunday
    expect(holdsAt({ DAYS: ["MONDAY"], TIMEZONE: "Etc/UTC" }, instant)).toBe(true);
    expect(holdsAt({ DAYS: ["TUESDAY"], TIMEZONE: "Pacific/Kiritimati" }, instant)).toBe(true); // 00:30 Tuesday
  });

  it("never holds for an empty DAYS (time-0134)", () => {
    for (let day = 0; day < 7; day += 1) {
      expect(holdsAt({ DAYS: [] }, new Date(Date.UTC(2024, 4, 5 + day, 12)).toISOString())).toBe(false);
    }
  });

  it("holds on every day when all seven are listed", () => {
    const all = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
    for (let day = 0; day < 7; day += 1) {
      expect(holdsAt({ DAYS: all }, new Date(Date.UTC(2024, 4, 5 + day, 12)).toISOString())).toBe(true);
    }
  });

  it("is false for a clock that returns an invalid date", () => {
    expect(holdsAt({ DAYS: ["MONDAY", "SUNDAY"] }, "not a date")).toBe(false);
  });
});
