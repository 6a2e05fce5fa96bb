import { describe, expect, it } from "vitest";
import { formatDiagnostic, hasErrors } from "../../../../generator/pipeline/diagnostics.js";
import { checkDocument } from "../../../../generator/pipeline/load/document-check.js";
import { parsePositionedJson } from "../../../../generator/pipeline/load/parse-positioned-json.js";
import { conformanceDocuments } from "./conformance-documents.js";

const FILE = "flags/features.json";

function check(text: string): string[] {
  const { json } = parsePositionedJson(FILE, text);
  if (!json) throw new Error("fixture is not JSON");
  return checkDocument(json).map(formatDiagnostic);
}

const lines = (...rows: string[]): string => rows.join("\n");

describe("checkDocument: one defect, one diagnostic, at its position", () => {
  it.each([
    ["a valid document", lines('{', '  "beta": { "default": false, "rules": { "r": { "when_match": true, "conditions": [', '    { "action": "EQUALS", "key": "tier", "value": "premium" } ] } } }', '}'), []],
    ["a non-boolean default in a boolean feature (runtime words it, not the schema)", lines('{', '  "beta": { "default": "yes" }', '}'), [
      'flags/features.json:2:24 error FT030 default must be true or false; found the string "yes" (set "boolean_type": false for other values)',
    ]],
    ["a missing default, at the feature's key", lines('{', '  "beta": { "rules": {} }', '}'), [
      "flags/features.json:2:3 error FT030 feature must have a default that is not null",
    ]],
    ["a description that is not text (schema only: the runtime ignores it)", lines('{', '  "beta": { "default": true, "description": 42 }', '}'), [
      'flags/features.json:2:45 error FT022 "description" must be a string',
    ]],
    ["an empty conditions array, at its key", lines('{', '  "beta": { "default": true, "rules": { "r": { "when_match": true,', '    "conditions": [] } } }', '}'), [
      "flags/features.json:3:5 error FT030 conditions must be a non-empty array; found an empty array",
    ]],
    ["a likely typo next to the defect it causes", lines('{', '  "beta": { "default": true, "rules": { "r": { "when_match": true,', '    "condition": [] } } }', '}'), [
      'flags/features.json:2:41 error FT030 conditions must be a non-empty array; found nothing',
      'flags/features.json:3:5 warning FT021 unknown property "condition" in rule "r" is ignored by the evaluator; did you mean "conditions"?',
    ]],
    ["every defect of every feature at once", lines(
      '{',
      '  "a": { "default": 1 },',
      '  "b": { "default": true, "boolean_type": false, "description": [] },',
      '  "c": []',
      '}',
    ), [
      'flags/features.json:2:21 error FT030 default must be true or false; found 1 (set "boolean_type": false for other values)',
      'flags/features.json:3:65 error FT022 "description" must be a string',
      "flags/features.json:4:3 error FT030 feature must be a non-empty object; found an empty array",
    ]],
    ["a condition that can never match, next to the error of its rule, at its value", lines('{', '  "beta": { "default": 1, "rules": { "r": { "when_match": true,', '    "conditions": [{ "action": "IN", "key": "n", "value": 3 }] } } }', '}'), [
      'flags/features.json:2:24 error FT030 default must be true or false; found 1 (set "boolean_type": false for other values)',
      'flags/features.json:3:59 warning FT032 conditions[0] of rule "r" can never match: IN with the number 3 as value raises for every context value' +
        ' and an erroring comparison is false (Python\'s "in" needs a list, string or object; use a list, e.g. [3])',
    ]],
    ["an integer JavaScript rounds, at its literal", lines('{', '  "limit": { "default": -18014398509481985, "boolean_type": false }', '}'), [
      'flags/features.json:2:25 warning FT033 integer -18014398509481985 ("default") is not exactly representable in JavaScript:' +
        " the runtime reads it as -18014398509481984 while Powertools for Python compares and returns it exactly; keep integers within ±9007199254740991 or use a string",
    ]],
    ["a document that is not an object", "[1]", ["flags/features.json:1:1 error FT030 document must be an object of features; found an array"]],
  ])("%s", (_label, text, expected) => {
    expect(check(text)).toEqual(expected);
  });
});

describe("checkDocument against the reference", () => {
  const documents = conformanceDocuments();
  const checked = (document: unknown) => {
    const { json } = parsePositionedJson(FILE, JSON.stringify(document, null, 2));
    return json ? checkDocument(json) : undefined;
  };

  it("finds an error in every document the reference rejects", () => {
    const missed = documents.filter((vector) => vector.rejected).filter((vector) => !hasErrors(checked(vector.document) ?? [])).map((vector) => vector.id);
    expect(missed).toEqual([]);
  });

  // Some accepted vectors hold conditions that can never match (FT032; never-match-check.test.ts
  // checks each against the runtime) and rules whose conditions read one key as two kinds of value
  // (FT034; incompatible-conditions-check.test.ts does the same). FT033 is an artefact here:
  // re-serialising a large double writes its shortest decimal, an integer literal Python would
  // read as another number.
  const DELIBERATE_WARNINGS = new Set(["FT032", "FT033", "FT034"]);
  it("finds nothing but FT032, FT033 and FT034 warnings in every document the reference accepts", () => {
    const flagged = documents
      .filter((vector) => !vector.rejected)
      .map((vector) => ({ id: vector.id, findings: (checked(vector.document) ?? []).filter((found) => !DELIBERATE_WARNINGS.has(found.code)).map(formatDiagnostic) }))
      .filter((result) => result.findings.length > 0);
    expect(flagged).toEqual([]);
  });
});
