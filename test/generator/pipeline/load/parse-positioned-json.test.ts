import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../../generator/pipeline/diagnostics.js";
import { parsePositionedJson } from "../../../../generator/pipeline/load/parse-positioned-json.js";
import { conformanceDocuments } from "./conformance-documents.js";

const FILE = "flags/features.json";
const diagnosticsOf = (text: string): string[] => parsePositionedJson(FILE, text).diagnostics.map(formatDiagnostic);

describe("parsePositionedJson: syntax errors point at the offending character", () => {
  it.each([
    ["an empty file", "", ["flags/features.json:1:1 error FT010 file is empty: expected a JSON object"]],
    ["only whitespace", "  \n ", ["flags/features.json:2:2 error FT010 file is empty: expected a JSON object"]],
    ["a line comment", '{\n  "a": 1 // why\n}', ["flags/features.json:2:10 error FT011 comments are not allowed in JSON"]],
    ["a block comment", '/* flags */ {"a": 1}', ["flags/features.json:1:1 error FT011 comments are not allowed in JSON"]],
    ["an unterminated comment", '{"a": 1} /* x', ["flags/features.json:1:10 error FT010 unterminated comment (and comments are not allowed in JSON)"]],
    ["trailing commas, all of them", '{\n  "a": [1, 2,],\n  "b": 2,\n}', [
      "flags/features.json:2:13 error FT012 trailing comma is not allowed in JSON",
      "flags/features.json:3:9 error FT012 trailing comma is not allowed in JSON",
    ]],
    ["a missing comma", '{\n  "a": 1\n  "b": 2\n}', ["flags/features.json:3:3 error FT010 expected ',' or a closing bracket, found '\"'"]],
    ["single quotes", "{'a': 1}", ["flags/features.json:1:2 error FT010 unexpected ''a''"]],
    ["a bare word", '{"a": yes}', ["flags/features.json:1:7 error FT010 unexpected 'yes'"]],
    ["a missing colon", '{"a" 1}', ["flags/features.json:1:6 error FT010 expected ':' after the property name, found '1'"]],
    ["a missing value", '{"a": }', ["flags/features.json:1:7 error FT010 expected a value, found '}'"]],
    ["an unclosed object", '{"a": 1', ["flags/features.json:1:8 error FT010 unexpected end of file: expected '}'"]],
    ["an unclosed array", '{"a": [1', ["flags/features.json:1:9 error FT010 unexpected end of file: expected ']'"]],
    ["content after the value", '{"a": 1}\n{', ["flags/features.json:2:1 error FT010 unexpected '{' after the end of the JSON value"]],
    ["a line break in a string", '{"a": "x\ny"}', ["flags/features.json:1:9 error FT010 line break inside a string (write it as \\n)"]],
    ["an unterminated string", '{"a": "abc', ["flags/features.json:1:7 error FT010 unterminated string"]],
    ["a tab in a string", '{"a": "x\ty"}', ["flags/features.json:1:9 error FT010 control character in string (escape it, e.g. \\t)"]],
    ["a bad escape", '{"a": "ok\\q"}', ["flags/features.json:1:10 error FT010 invalid escape sequence in string"]],
    ["a bad unicode escape", '{"a": "\\\\\\u12G4"}', ["flags/features.json:1:10 error FT010 invalid \\u escape: expected four hex digits"]],
    ["a malformed number", '{"a": 1.}', ["flags/features.json:1:7 error FT010 malformed number \"1.\""]],
    ["a non-breaking space", '{"a":\u00a01}', ["flags/features.json:1:6 error FT010 unexpected character U+00A0"]],
    ["only the first hard error (the rest are cascades)", '{"a": tru, "b": [}', ["flags/features.json:1:7 error FT010 unexpected 'tru'"]],
    ["recoverable errors before the first hard one", '{"a": 1, /* c */ "b": [1,], "c": nul}', [
      "flags/features.json:1:10 error FT011 comments are not allowed in JSON",
      "flags/features.json:1:25 error FT012 trailing comma is not allowed in JSON",
      "flags/features.json:1:34 error FT010 unexpected 'nul'",
    ]],
    ["a byte-order mark, then columns as editors count them", '\ufeff{"a": 1,}', [
      "flags/features.json:1:1 error FT005 byte-order mark at the start of the file: save it as UTF-8 without BOM",
      "flags/features.json:1:8 error FT012 trailing comma is not allowed in JSON",
    ]],
    ["duplicate keys, at each repeat", '{\n  "a": 1,\n  "a": 2,\n  "b": {"x": 1, "x": 2},\n  "a": 3\n}', [
      'flags/features.json:3:3 error FT013 duplicate key "a" (first at 2:3): JSON.parse keeps only the last one',
      'flags/features.json:4:17 error FT013 duplicate key "x" (first at 4:9): JSON.parse keeps only the last one',
      'flags/features.json:5:3 error FT013 duplicate key "a" (first at 2:3): JSON.parse keeps only the last one',
    ]],
    ["CRLF and CR line breaks", '{\r\n"a": 1,\r"b": 2,\r\n}', ["flags/features.json:3:7 error FT012 trailing comma is not allowed in JSON"]],
    ["valid JSON", '{"a": [1, {"b": null}], "c": "\\u00e9"}', []],
  ])("%s", (_label, text, expected) => {
    expect(diagnosticsOf(text)).toEqual(expected);
  });

  it("counts columns in UTF-16 code units, like editors", () => {
    expect(diagnosticsOf('{"😀": 1,}')).toEqual(["flags/features.json:1:9 error FT012 trailing comma is not allowed in JSON"]);
  });
});

describe("parsePositionedJson: the value", () => {
  it("equals JSON.parse for every conformance document, key order included", () => {
    const mismatches = conformanceDocuments()
      .map((vector) => ({ id: vector.id, text: JSON.stringify(vector.document, null, 1) }))
      .filter(({ text }) => JSON.stringify(parsePositionedJson(FILE, text).json?.value) !== JSON.stringify(JSON.parse(text)))
      .map(({ id }) => id);
    expect(mismatches).toEqual([]);
  });

  it("keeps __proto__ and constructor as own data members, as JSON.parse does", () => {
    const text = '{"__proto__": {"default": true}, "constructor": {"default": false}}';
    const value = parsePositionedJson(FILE, text).json?.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(Object.keys(value)).toEqual(["__proto__", "constructor"]);
    expect(value).toEqual(JSON.parse(text));
    expect(({} as Record<string, unknown>)["default"]).toBeUndefined();
  });

  it("keeps the last duplicate in the first one's place, as JSON.parse does", () => {
    const text = '{"a": 1, "b": 2, "a": 3}';
    const value = parsePositionedJson(FILE, text).json?.value;
    expect(Object.entries(value as object)).toEqual(Object.entries(JSON.parse(text) as object));
  });

  it("still yields the value when only comments or trailing commas are wrong, so later checks run", () => {
    expect(parsePositionedJson(FILE, '{"a": [1,], /* c */ "b": 2,}').json?.value).toEqual({ a: [1], b: 2 });
    expect(parsePositionedJson(FILE, '{"a": tru}').json).toBeUndefined();
  });
});

describe("parsePositionedJson: positionOf", () => {
  const text = ['{', '  "beta": {', '    "default": true,', '    "rules": { "r": { "conditions": [ {"key": "k"} ] } }', '  }', '}'].join("\n");
  const json = parsePositionedJson(FILE, text).json;

  it.each([
    [[], "value", { line: 1, column: 1 }],
    [["beta"], "key", { line: 2, column: 3 }],
    [["beta"], "value", { line: 2, column: 11 }],
    [["beta", "default"], "value", { line: 3, column: 16 }],
    [["beta", "rules", "r", "conditions", 0], "value", { line: 4, column: 39 }],
    [["beta", "rules", "r", "conditions", 0, "key"], "key", { line: 4, column: 40 }],
    [["beta", "rules", "r", "conditions", 1], "value", { line: 4, column: 37 }],
    [["beta", "when_match"], "key", { line: 2, column: 3 }],
    [["beta", "default", "deeper"], "value", { line: 3, column: 16 }],
    [["missing"], "key", { line: 1, column: 1 }],
  ] as const)("%j (%s) → %j", (path, part, expected) => {
    expect(json?.positionOf(path, part)).toEqual(expected);
  });

  it("points at the member JSON.parse kept when a key is duplicated", () => {
    const duplicated = parsePositionedJson(FILE, '{"a": 1,\n "a": 2}').json;
    expect(duplicated?.positionOf(["a"], "key")).toEqual({ line: 2, column: 2 });
  });
});
