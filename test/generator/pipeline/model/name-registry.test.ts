import { describe, expect, test } from "vitest";
import { findNameCollisions, type NameClaim } from "../../../../generator/pipeline/model/name-registry.js";

const flag = (key: string, line: number): NameClaim["owner"] => ({ kind: "flag", key, file: "flags/f.json", position: { line, column: 3 } });
const module = { kind: "module" } as const;
const declared = { kind: "declared", file: "flags/f.schema.json", position: { line: 1, column: 1 } } as const;

describe("findNameCollisions", () => {
  test("distinct names: nothing", () => {
    expect(findNameCollisions([{ name: "a", owner: flag("a", 2) }, { name: "b", owner: flag("b", 3) }, { name: "c", owner: module }])).toEqual([]);
  });

  test("two flags: an error at both positions, each naming the other", () => {
    const found = findNameCollisions([{ name: "isXEnabled", owner: flag("x", 2) }, { name: "isXEnabled", owner: flag("X", 5) }]);
    expect(found.map(({ line, code }) => [line, code])).toEqual([[2, "FT102"], [5, "FT102"]]);
    expect(found[0]?.message).toContain('flag "X" (5:3)');
    expect(found[1]?.message).toContain('flag "x" (2:3)');
  });

  test("a flag against a fixed module name: one error, at the flag", () => {
    const found = findNameCollisions([{ name: "getEnabledFeatures", owner: module }, { name: "getEnabledFeatures", owner: flag("enabled_features", 4) }]);
    expect(found.map(({ line, code, file }) => [file, line, code])).toEqual([["flags/f.json", 4, "FT103"]]);
  });

  test("a declared type against a flag: errors at the flag and in the declared types file", () => {
    const found = findNameCollisions([{ name: "TierContext", owner: declared }, { name: "TierContext", owner: flag("tier", 2) }]);
    expect(found.map(({ file, code }) => [file, code]).sort()).toEqual([["flags/f.json", "FT117"], ["flags/f.schema.json", "FT117"]]);
  });
});
