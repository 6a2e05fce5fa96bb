import { describe, expect, it } from "vitest";
import { ListMembership, pythonContains } from "../../../runtime/engine/python-containment.js";

describe("pythonContains", () => {
  it.each([
    [[1], true, true],
    [["beta", "b", 100000000000000000000], 1e20, true],
    [[null, "a"], null, true],
    [[null, "a"], undefined, true],
    [[["a"]], "a", false],
    [[["a"]], ["a"], true],
    [[{ a: 1 }], { a: true }, true],
    [["1"], 1, false],
    ["premium ", "", true],
    ["premium", "mium", true],
    ["smile😀", "😀", true],
    [{ admin: true }, "admin", true],
    [{ admin: true }, "ADMIN", false],
    [{ "1": true }, 1, false],
    [{ a: 1 }, null, false],
    [{ a: 1 }, true, false],
    [{}, "constructor", false],
    [{}, "__proto__", false],
  ] as const)("%j in %j → %s", (haystack, needle, expected) => {
    expect(pythonContains(haystack, needle)).toBe(expected);
  });

  it.each([
    ["premium", 5],
    ["null", null],
    ["a", ["a"]],
    [{ a: 1 }, ["a"]],
    [{ a: 1 }, { a: 1 }],
    [1, 1],
    [1.5, true],
    [true, 1],
    [null, "a"],
    [undefined, "a"],
  ] as const)("needle in %j with needle %j raises (undefined)", (haystack, needle) => {
    expect(pythonContains(haystack, needle)).toBeUndefined();
  });

  it("reads only own keys of a dict haystack", () => {
    expect(pythonContains(JSON.parse('{"__proto__": 1}'), "__proto__")).toBe(true);
    expect(pythonContains({ a: 1 }, "toString")).toBe(false);
  });
});

describe("ListMembership", () => {
  it("agrees with Python list containment for every needle type", () => {
    const members = new ListMembership(["a", 1, false, null, [1, "x"], { k: [true] }]);
    expect(members.has("a")).toBe(true);
    expect(members.has(true)).toBe(true); // true == 1
    expect(members.has(1.0)).toBe(true);
    expect(members.has(0)).toBe(true); // 0 == false
    expect(members.has(null)).toBe(true);
    expect(members.has(undefined)).toBe(true);
    expect(members.has([true, "x"])).toBe(true);
    expect(members.has({ k: [1] })).toBe(true);
    expect(members.has("1")).toBe(false);
    expect(members.has(2)).toBe(false);
    expect(members.has(["x"])).toBe(false);
    expect(members.has({})).toBe(false);
    expect(members.has(NaN)).toBe(false);
  });

  it("finds nothing in an empty list", () => {
    const members = new ListMembership([]);
    expect([null, "", 0, [], {}].some((needle) => members.has(needle))).toBe(false);
  });
});

describe("ListMembership on short and long lists", () => {
  const scalars = ["a", "b", 1, 2.5, true, null];
  const long = [...scalars, ...Array.from({ length: 20 }, (_, index) => `pad-${index}`)];
  const needles: unknown[] = ["a", "c", 1, true, false, 0, 2.5, null, undefined, "pad-3", ["a"]];

  it.each([
    ["short (scanned)", scalars],
    ["long (hashed)", long],
  ])("agrees with Python list containment for a %s list", (_label, items) => {
    const members = new ListMembership(items);
    for (const needle of needles) expect(members.has(needle), String(needle)).toBe(pythonContains(items, needle ?? null));
  });
});
