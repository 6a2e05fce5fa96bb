import { describe, expect, it } from "vitest";
import { pythonEquals, pythonKind, pythonOrder, pythonTruthy } from "../../../runtime/engine/python-values.js";

describe("pythonEquals", () => {
  it.each([
    [true, 1, true],
    [false, 0, true],
    [true, 1.0, true],
    [true, 2, false],
    [9007199254740992, 9007199254740992.0, true],
    [1e20, 100000000000000000000, true],
    [null, null, true],
    [null, undefined, true],
    [null, 0, false],
    [null, "", false],
    [null, false, false],
    ["a", ["a"], false],
    ["1", 1, false],
    ["é", "e\u0301", false],
    [[1, [true]], [true, [1.0]], true],
    [[1, 2], [1, 2, 3], false],
    [[], {}, false],
    [{ a: 1, b: [2] }, { b: [2], a: true }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: null }, { b: null }, false],
    [{ constructor: 1 }, {}, false],
    [{}, {}, true],
    [-0, 0, true],
  ] as const)("%j == %j is %s", (a, b, expected) => {
    expect(pythonEquals(a, b)).toBe(expected);
    expect(pythonEquals(b, a)).toBe(expected);
  });

  it("treats a __proto__ member as plain data", () => {
    const withProto = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(pythonEquals(withProto, JSON.parse('{"__proto__": {"x": 1}}'))).toBe(true);
    expect(pythonEquals(withProto, {})).toBe(false);
    expect(pythonEquals({}, withProto)).toBe(false);
  });

  it("compares non-JSON objects by identity only", () => {
    const date = new Date(0);
    expect(pythonEquals(date, date)).toBe(true);
    expect(pythonEquals(date, new Date(0))).toBe(false);
    expect(pythonEquals(new Date(0), {})).toBe(false);
  });
});

describe("pythonOrder", () => {
  it.each([
    [true, 0, ">", true],
    [false, 0.5, "<", true],
    [-747, -747, ">=", true],
    [1.5, 1, ">", true],
    ["pre", "premium", ">=", false],
    ["pre", "premium", "<", true],
    ["\uffff", "😀", "<", true],
    ["a", "B", "<=", false],
    [[0], [], ">", true],
    [[1, 2], [1, 2], "<=", true],
    [[1, 2], [1, 2], "<", false],
    [[1, "b"], [1, "a"], ">", true],
    [[1, [2, 3]], [1, [2]], ">", true],
    [[true], [1, 0], "<", true],
    [[{}], [{}], "<=", true], // equal items: only lengths are compared
    [[NaN], [1], "<", false],
  ] as const)("%j %s %j is %s", (a, b, operator, expected) => {
    expect(pythonOrder(a, b, operator)).toBe(expected);
  });

  it.each([
    ["10", 9],
    [9, "10"],
    [null, 1],
    [null, null],
    [[1], 1],
    [{}, {}],
    [{ a: 1 }, { a: 1 }],
    [[1, "a"], [1, 2]], // first unequal items are incomparable
    [[{ a: 1 }], [{ a: 2 }]],
    ["a", ["a"]],
  ] as const)("%j vs %j is an error (undefined) for every operator", (a, b) => {
    for (const operator of ["<", "<=", ">", ">="] as const) expect(pythonOrder(a, b, operator)).toBeUndefined();
  });
});

describe("pythonTruthy", () => {
  it.each([
    [null, false],
    [undefined, false],
    [false, false],
    [0, false],
    [-0, false],
    ["", false],
    [[], false],
    [{}, false],
    [true, true],
    [0.5, true],
    ["false", true],
    ["0", true],
    [[0], true],
    [{ a: null }, true],
    [NaN, true],
  ] as const)("bool(%j) is %s", (value, expected) => {
    expect(pythonTruthy(value)).toBe(expected);
  });
});

describe("pythonKind", () => {
  it("classifies JSON values and everything else", () => {
    expect([null, undefined, true, 1, "s", [], {}, Object.create(null), new Date(), 1n].map(pythonKind)).toEqual([
      "null",
      "null",
      "bool",
      "number",
      "string",
      "list",
      "dict",
      "dict",
      "other",
      "other",
    ]);
  });
});
