import { describe, expect, it } from "vitest";
import { parseLocalDateTime, toWallMsBounds } from "../../../../runtime/engine/schedule/local-datetime.js";

const fields = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, microsecond = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
  microsecond,
});

describe("parseLocalDateTime accepts what Python 3.8–3.10 fromisoformat reads without offset", () => {
  it.each([
    ["2024-01-01", fields(2024, 1, 1)],
    ["2024-01-01T10", fields(2024, 1, 1, 10)],
    ["2024-01-01T10:30", fields(2024, 1, 1, 10, 30)],
    ["2024-01-01T10:30:15", fields(2024, 1, 1, 10, 30, 15)],
    ["2024-01-01T10:30:15.123", fields(2024, 1, 1, 10, 30, 15, 123_000)],
    ["2024-01-01T10:30:15.000001", fields(2024, 1, 1, 10, 30, 15, 1)],
    // CPython lets ":" start the fraction after seconds.
    ["2024-01-01T10:30:15:123", fields(2024, 1, 1, 10, 30, 15, 123_000)],
    ["2024-01-01T10.500", fields(2024, 1, 1, 10, 0, 0, 500_000)],
    ["2024-01-01T10:30.123456", fields(2024, 1, 1, 10, 30, 0, 123_456)],
    ["2024-01-01T10\u0000", fields(2024, 1, 1, 10)], // one trailing NUL is tolerated
    ["2024-12-22x08:26:00", fields(2024, 12, 22, 8, 26)], // time-0037
    ["2026-05-17t05:09:00", fields(2026, 5, 17, 5, 9)], // time-0002
    ["2024-01-01 10:00", fields(2024, 1, 1, 10)],
    ["2024-01-01_10:00", fields(2024, 1, 1, 10)],
    ["2024-01-01512:00", fields(2024, 1, 1, 12)], // the separator may be any character, even a digit
    ["2024-01-01\n10:00", fields(2024, 1, 1, 10)],
    ["2024-01-01😀10:00", fields(2024, 1, 1, 10)], // one code point, two UTF-16 units
    ["2024-01-01\ud80010:00", fields(2024, 1, 1, 10)], // a lone surrogate
    ["2024-02-29", fields(2024, 2, 29)],
    ["0001-01-01", fields(1, 1, 1)],
    ["9999-12-31T23:59:59.999999", fields(9999, 12, 31, 23, 59, 59, 999_999)],
  ])("%j", (text, expected) => {
    expect(parseLocalDateTime(text)).toEqual(expected);
  });
});

describe("parseLocalDateTime rejects", () => {
  it.each([
    ["offsets", ["2024-01-01T10:00:00-05:00", "2024-01-01T10:00+00:00", "2024-01-01T10:00:00.123+05:30"]],
    ["Z anywhere (and a trailing z)", ["2024-01-01T10:00:00Z", "2024-01-01Z10:00", "2024-01-01Z", "2024-01-01T10:00z"]],
    ["impossible dates and times", ["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "0000-01-01"]],
    ["out-of-range times", ["2024-01-01T24:00", "2024-01-01T25:00", "2024-01-01T23:60", "2024-01-01T23:59:60"]],
    ["other date spellings", ["2024-1-1", "2024/01/01", "24-01-01", "２０２４-01-01", "now", ""]],
    ["spellings only Python 3.11+ reads", ["20240101", "20240101T100000", "2024-W01-1", "2024-01-01T1000"]],
    ["3.11-only fractions", ["2024-01-01T10:00:00.1", "2024-01-01T10:00:00.12", "2024-01-01T10:00:00.1234567"]],
    ["comma fractions", ["2024-01-01T10:00:00,123"]],
    ["incomplete times", ["2024-01-01T", "2024-01-01T1", "2024-01-01T10:", "2024-01-01T10:3", "2024-01-01T10:00:00."]],
    ["trailing text", ["2024-01-01T10:00 ", "2024-01-01T10:00x", "2024-01-01T10.123\u0000", "2024-01-0110:00"]],
    ["non-ASCII digits", ["2024-01-01T٠1:00", "2024-01-0١"]],
  ])("%s", (_what, texts) => {
    for (const text of texts) expect(parseLocalDateTime(text), JSON.stringify(text)).toBeUndefined();
  });
});

describe("toWallMsBounds", () => {
  const parse = (text: string) => {
    const value = parseLocalDateTime(text);
    if (!value) throw new Error(text);
    return value;
  };

  it("keeps millisecond bounds exact", () => {
    const { first, last } = toWallMsBounds(parse("2024-01-01T00:00:00.250"), parse("2024-01-01T00:00:01.750"));
    expect(first).toBe(Date.UTC(2024, 0, 1, 0, 0, 0, 250));
    expect(last).toBe(Date.UTC(2024, 0, 1, 0, 0, 1, 750));
  });

  it("rounds microsecond START up and END down to whole milliseconds", () => {
    const { first, last } = toWallMsBounds(parse("2024-01-01T00:00:00.000001"), parse("2024-01-01T00:00:00.001999"));
    expect(first).toBe(Date.UTC(2024, 0, 1, 0, 0, 0, 1));
    expect(last).toBe(Date.UTC(2024, 0, 1, 0, 0, 0, 1));
  });

  it("leaves no millisecond between microsecond bounds inside one millisecond", () => {
    const { first, last } = toWallMsBounds(parse("2024-01-01T00:00:00.000100"), parse("2024-01-01T00:00:00.000900"));
    expect(first).toBeGreaterThan(last);
  });
});
