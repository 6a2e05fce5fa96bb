import { describe, expect, it } from "vitest";
import { compileModuloRange, pythonModulo, validateModuloRange } from "../../../runtime/engine/modulo-range.js";

describe("pythonModulo", () => {
  it.each([
    [-56, 10, 4],
    [56, 10, 6],
    [-1, 100, 99],
    [-100, 10, 0],
    [99.99, 1, 0.9899999999999949],
    [-0.5, 1, 0.5],
    [1152921504606846976, 10, 6],
    [-1152921504606846976, 10, 4],
    [9007199254740993, 2, 0], // 2^53 + 1 is not a double: JSON gives 2^53
    [1e300, 7, 1e300 % 7],
    [-1e-20, 10, 10], // Python rounds -1e-20 + 10 to 10.0 as well
    [7, -3, -2],
  ])("%d %% %d = %d (sign of the divisor)", (dividend, divisor, expected) => {
    expect(pythonModulo(dividend, divisor)).toBe(expected);
  });
});

describe("compileModuloRange", () => {
  const firstTenPercent = compileModuloRange({ BASE: 100, START: 0, END: 9 });

  it("is inclusive at both ends", () => {
    expect([0, 9, 10, 99, 100, 109, 110].map(firstTenPercent)).toEqual([true, true, false, false, true, true, false]);
  });

  it("uses floor modulo for negatives and keeps fractions", () => {
    expect(firstTenPercent(-91)).toBe(true); // -91 % 100 = 9
    expect(firstTenPercent(-90.5)).toBe(false); // -90.5 % 100 = 9.5
    expect(firstTenPercent(-99.5)).toBe(true); // -99.5 % 100 = 0.5
  });

  it("reads booleans as 0 and 1, and rejects every other type", () => {
    expect(firstTenPercent(true)).toBe(true);
    expect(firstTenPercent(false)).toBe(true);
    for (const other of ["5", null, undefined, [5], { v: 5 }]) expect(firstTenPercent(other)).toBe(false);
  });

  it("accepts booleans in the range itself", () => {
    const odd = compileModuloRange({ BASE: 2, START: true, END: true });
    expect([1, 2, 3, -1].map(odd)).toEqual([true, false, true, true]);
  });
});

describe("validateModuloRange", () => {
  it("accepts integers and booleans in range", () => {
    expect(validateModuloRange({ BASE: 10, START: 0, END: 9 })).toEqual([]);
    expect(validateModuloRange({ BASE: true, START: 0, END: 0 })).toEqual([]);
    expect(validateModuloRange({ BASE: 2, START: false, END: true })).toEqual([]);
  });

  it("reports each missing or non-integer member at its own path", () => {
    expect(validateModuloRange({ START: 10.5, END: "3" })).toEqual([
      { path: ["BASE"], message: "MODULO_RANGE value must have BASE" },
      { path: ["START"], message: "MODULO_RANGE START must be an integer; found 10.5" },
      { path: ["END"], message: 'MODULO_RANGE END must be an integer; found the string "3"' },
    ]);
  });

  it.each([
    [{ BASE: 10, START: 5, END: 2 }],
    [{ BASE: 10, START: 0, END: 10 }],
    [{ BASE: 0, START: 0, END: 0 }],
    [{ BASE: 10, START: -1, END: 2 }],
    [{ BASE: false, START: 0, END: 0 }],
  ])("rejects a range outside 0 <= START <= END <= BASE - 1: %j", (value) => {
    const issues = validateModuloRange(value);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual([]);
    expect(issues[0]?.message).toMatch(/0 <= START <= END <= BASE - 1/);
  });

  it("rejects a value that is not an object", () => {
    for (const value of [[10, 0, 9], "10", 10]) expect(validateModuloRange(value)[0]?.path).toEqual([]);
  });
});
