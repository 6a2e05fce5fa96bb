import { describe, expect, it } from "vitest";
import { findInexactIntegers } from "../../../../generator/pipeline/load/inexact-integer-check.js";
import { parsePositionedJson } from "../../../../generator/pipeline/load/parse-positioned-json.js";

const FILE = "flags/features.json";

/** Each finding as `line:column path`, positioned through the same source map the CLI uses. */
function findings(text: string): string[] {
  const { json } = parsePositionedJson(FILE, text);
  if (!json) throw new Error("fixture is not JSON");
  return findInexactIntegers(json.value, (path) => json.numberTextAt(path)).map((finding) => {
    const { line, column } = json.positionOf(finding.path, finding.part);
    return `${line}:${column} ${JSON.stringify(finding.path)} ${finding.severity} ${finding.code}`;
  });
}

const inValue = (literal: string): string => `{"f": {"default": 1, "boolean_type": false, "rules": {"r": {"when_match": 2, "conditions": [{"action": "IN", "key": "k", "value": [${literal}]}]}}}}`;
const VALUE_PATH = '["f","rules","r","conditions",0,"value",0]';

/** Where `literal` starts in `text`, as `line:column`, to compare positions without counting by hand. */
function positionIn(text: string, literal: string): string {
  const rows = text.split("\n");
  const line = rows.findIndex((row) => row.includes(literal));
  return `${line + 1}:${(rows[line] ?? "").indexOf(literal) + 1}`;
}
const at = (literal: string, path: string): string => `${positionIn(inValue(literal), literal)} ${path} warning FT033`;

describe("findInexactIntegers: integer literals JavaScript rounds", () => {
  it.each([
    ["2^53 + 1", "9007199254740993", [at("9007199254740993", VALUE_PATH)]],
    ["-(2^53 + 1)", "-9007199254740993", [at("-9007199254740993", VALUE_PATH)]],
    ["a 25-digit integer", "1234567890123456789012345", [at("1234567890123456789012345", VALUE_PATH)]],
    ["the largest safe integer", "9007199254740991", []],
    ["2^53, beyond the safe range but held exactly", "9007199254740992", []],
    ["10^20, held exactly", "100000000000000000000", []],
    ["a fraction (a float in Python too)", "9007199254740993.0", []],
    ["an exponent (a float in Python too)", "9007199254740993e0", []],
    ["a small integer", "42", []],
    ["a string of digits", '"9007199254740993"', []],
  ])("%s", (_label, literal, expected) => {
    expect(findings(inValue(literal))).toEqual(expected);
  });

  it("checks defaults, when_match values, nested condition values and metadata alike", () => {
    const text = [
      "{",
      '  "f": { "default": 9007199254740993, "boolean_type": false, "owner_id": 18446744073709551615,',
      '    "rules": { "r": { "when_match": { "limit": [9007199254740995] },',
      '      "conditions": [{ "action": "MODULO_RANGE", "key": "k", "value": { "BASE": 36028797018963971, "START": 0, "END": 1 } }] } } }',
      "}",
    ].join("\n");
    expect(findings(text).sort()).toEqual([
      `${positionIn(text, "9007199254740993")} ["f","default"] warning FT033`,
      `${positionIn(text, "18446744073709551615")} ["f","owner_id"] warning FT033`,
      `${positionIn(text, "9007199254740995")} ["f","rules","r","when_match","limit",0] warning FT033`,
      `${positionIn(text, "36028797018963971")} ["f","rules","r","conditions",0,"value","BASE"] warning FT033`,
    ]);
  });

  it("names the literal and what JavaScript reads instead", () => {
    const { json } = parsePositionedJson(FILE, '{"f": {"default": 9007199254740993, "boolean_type": false}}');
    expect(json && findInexactIntegers(json.value, (path) => json.numberTextAt(path))[0]?.message).toBe(
      'integer 9007199254740993 ("default") is not exactly representable in JavaScript: the runtime reads it as 9007199254740992' +
        " while Powertools for Python compares and returns it exactly; keep integers within ±9007199254740991 or use a string",
    );
  });

  it("uses the last of duplicate keys, as the value does", () => {
    expect(findings('{"f": {"default": 9007199254740993, "default": 1, "boolean_type": false}}')).toEqual([]);
    expect(findings('{"f": {"default": 1, "default": 9007199254740993, "boolean_type": false}}')).toEqual(['1:33 ["f","default"] warning FT033']);
  });

  it("walks values nested deeper than the call stack", () => {
    let value: unknown = 2 ** 60;
    for (let depth = 0; depth < 100_000; depth += 1) value = [value];
    const found = findInexactIntegers(value, () => "1152921504606846977");
    expect(found.map((finding) => [finding.path.length, finding.code])).toEqual([[100_000, "FT033"]]);
  });
});
