import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../../generator/pipeline/diagnostics.js";
import { checkDocument } from "../../../../generator/pipeline/load/document-check.js";
import { findReorderedKeys, isArrayIndexKey } from "../../../../generator/pipeline/load/key-order-check.js";
import { parsePositionedJson } from "../../../../generator/pipeline/load/parse-positioned-json.js";

const FILE = "flags/features.json";
const lines = (...rows: string[]): string => rows.join("\n");
const RULE = '{ "when_match": true, "conditions": [{ "action": "EQUALS", "key": "tier", "value": "gold" }] }';

/** Each finding as `line:column message`, positioned through the same source map the CLI uses. */
function findings(text: string): string[] {
  const { json } = parsePositionedJson(FILE, text);
  if (!json) throw new Error("fixture is not JSON");
  return findReorderedKeys(json.value, (path) => json.keysInFileOrder(path)).map((finding) => {
    const { line, column } = json.positionOf(finding.path, finding.part);
    return `${line}:${column} ${finding.message}`;
  });
}

describe("findReorderedKeys: names JSON.parse enumerates in another order than the file", () => {
  it.each([
    ["no integer-like names", lines('{', '  "b": { "default": true },', '  "a": { "default": true }', '}'), []],
    ["integer-like features already first and ascending", lines('{', '  "1": { "default": true },', '  "2": { "default": true },', '  "10": { "default": true },', '  "beta": { "default": true }', '}'), []],
    ["integer-like rules already first and ascending", lines('{', `  "f": { "default": false, "rules": { "0": ${RULE}, "7": ${RULE}, "x": ${RULE} } }`, '}'), []],
    ["names that only look numeric (leading zero, sign, fraction, beyond 2^32 - 2)", lines(
      '{',
      '  "b": { "default": true },',
      '  "01": { "default": true },',
      '  "-1": { "default": true },',
      '  "1.0": { "default": true },',
      '  "4294967295": { "default": true }',
      '}',
    ), []],
    ["an integer-like feature after another feature", lines('{', '  "beta": { "default": true },', '  "10": { "default": true },', '  "2": { "default": true }', '}'), [
      '4:3 feature names "10", "2" are integer-like, so the runtime (JSON.parse) orders them first and numerically ("2", "10", then the other features in file order)' +
        ' while Powertools for Python keeps the file order: getEnabledFeatures lists features in another order; rename them, e.g. "feature_10"',
    ]],
    ["integer-like features only, descending", lines('{', '  "2": { "default": true },', '  "1": { "default": true }', '}'), [
      '3:3 feature names "2", "1" are integer-like, so the runtime (JSON.parse) orders them first and numerically ("1", "2")' +
        ' while Powertools for Python keeps the file order: getEnabledFeatures lists features in another order; rename them, e.g. "feature_2"',
    ]],
    ["an integer-like rule after a named one, at the moved rule's key", lines(
      '{',
      '  "premium": { "default": false, "rules": {',
      `    "gold": ${RULE},`,
      `      "1": ${RULE}`,
      '  } }',
      '}',
    ), [
      '4:7 rule names "1" in feature "premium" are integer-like, so the runtime (JSON.parse) orders them first and numerically ("1", then the other rules in file order)' +
        ' while Powertools for Python keeps the file order: a different rule can match first; rename them, e.g. "rule_1"',
    ]],
    ["one warning per object, in the runtime's order: the features object, then each feature's rules", lines(
      '{',
      `  "a": { "default": false, "rules": { "3": ${RULE}, "12": ${RULE}, "4": ${RULE} } },`,
      `  "7": { "default": false, "rules": { "z": ${RULE}, "0": ${RULE} } }`,
      '}',
    ), [
      '3:3 feature names "7" are integer-like, so the runtime (JSON.parse) orders them first and numerically ("7", then the other features in file order)' +
        ' while Powertools for Python keeps the file order: getEnabledFeatures lists features in another order; rename them, e.g. "feature_7"',
      `3:${`  "7": { "default": false, "rules": { "z": ${RULE}, `.length + 1} rule names "0" in feature "7" are integer-like, so the runtime (JSON.parse) orders them first and numerically ("0", then the other rules in file order)` +
        ' while Powertools for Python keeps the file order: a different rule can match first; rename them, e.g. "rule_0"',
      `2:${`  "a": { "default": false, "rules": { "3": ${RULE}, "12": ${RULE}, `.length + 1} rule names "3", "12", "4" in feature "a" are integer-like, so the runtime (JSON.parse) orders them first and numerically ("3", "4", "12")` +
        ' while Powertools for Python keeps the file order: a different rule can match first; rename them, e.g. "rule_3"',
    ]],
    ["a duplicate key keeps its first place, as in JSON.parse", lines('{', '  "b": { "default": true },', '  "1": { "default": true },', '  "b": { "default": false }', '}'), [
      '3:3 feature names "1" are integer-like, so the runtime (JSON.parse) orders them first and numerically ("1", then the other features in file order)' +
        ' while Powertools for Python keeps the file order: getEnabledFeatures lists features in another order; rename them, e.g. "feature_1"',
    ]],
    ["rules that are not an object, and a document that is not one", "[{}]", []],
    ["a rules member that is an array", lines('{', '  "f": { "default": true, "rules": [1, 0] }', '}'), []],
  ])("%s", (_label, text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it("needs only the parsed value and the file's key order", () => {
    const document = { f: { default: true, rules: { x: {}, "1": {} } } };
    const fileOrder = (path: readonly (string | number)[]): string[] => (path.length === 0 ? ["f"] : ["x", "1"]);
    expect(findReorderedKeys(document, fileOrder).map((finding) => [finding.path, finding.part, finding.severity, finding.code])).toEqual([
      [["f", "rules", "1"], "key", "warning", "FT031"],
    ]);
  });
});

describe("isArrayIndexKey agrees with how JavaScript orders keys", () => {
  it.each(["0", "1", "42", "4294967294", "4294967295", "01", "-1", "1.0", "1e3", " 1", "", "__proto__", "Infinity", "NaN"])("%j", (key) => {
    const ordered = Object.keys(JSON.parse(`{"z": 0, ${JSON.stringify(key)}: 0}`) as object);
    expect(isArrayIndexKey(key)).toBe(ordered[0] === key);
  });
});

describe("checkDocument reports the reordering with the other warnings", () => {
  it("as a positioned FT031 warning next to an FT021 one", () => {
    const { json } = parsePositionedJson(FILE, lines('{', '  "beta": { "default": true, "rule": {} },', '  "5": { "default": true }', '}'));
    if (!json) throw new Error("fixture is not JSON");
    expect(checkDocument(json).map(formatDiagnostic)).toEqual([
      'flags/features.json:2:30 warning FT021 unknown property "rule" in feature "beta" is ignored by the evaluator; did you mean "rules"?',
      'flags/features.json:3:3 warning FT031 feature names "5" are integer-like, so the runtime (JSON.parse) orders them first and numerically ("5", then the other features in file order)' +
        ' while Powertools for Python keeps the file order: getEnabledFeatures lists features in another order; rename them, e.g. "feature_5"',
    ]);
  });
});
