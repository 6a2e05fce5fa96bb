import { describe, expect, it } from "vitest";
import { MAX_PARSE_DEPTH, tooDeepAt } from "../../../../generator/pipeline/load/nesting-depth.js";
import { parsePositionedJson } from "../../../../generator/pipeline/load/parse-positioned-json.js";

describe("tooDeepAt", () => {
  it.each<[string, number, number | undefined]>([
    ["[[[]]]", 3, undefined],
    ["[[[]]]", 2, 2],
    ['{"a": {"b": [1]}}', 2, 12],
    ['["[[[[", "{{{{"]', 1, undefined], // brackets inside strings do not count
    ['["\\"[[[["]', 1, undefined], // nor after an escaped quote
    ["[][][]", 1, undefined], // siblings, not nesting
  ])("%s with limit %i → %s", (text, limit, expected) => {
    expect(tooDeepAt(text, limit)).toBe(expected);
  });
});

describe("parsePositionedJson on hostile nesting", () => {
  it("reports FT014 at the bracket that goes too deep instead of overflowing the parser's stack", () => {
    const depth = 50_000;
    const text = `{"f": {"default": true, "description": ${"[".repeat(depth)}${"]".repeat(depth)}}}`;
    const { json, diagnostics } = parsePositionedJson("flags/deep.json", text);
    expect(json).toBeUndefined();
    const column = text.indexOf("[") + MAX_PARSE_DEPTH - 2 + 1; // the root object and "f" are two levels
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: "flags/deep.json", line: 1, column, severity: "error", code: "FT014" }),
    ]);
  });

  it("parses documents nested up to the limit", () => {
    const depth = MAX_PARSE_DEPTH - 1;
    const { json, diagnostics } = parsePositionedJson("flags/ok.json", `${"[".repeat(depth)}${"]".repeat(depth)}`);
    expect(diagnostics).toEqual([]);
    expect(json).toBeDefined();
  });
});
