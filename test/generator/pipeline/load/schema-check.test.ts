import { describe, expect, it } from "vitest";
import { checkAgainstSchema } from "../../../../generator/pipeline/load/schema-check.js";
import type { DocumentFinding } from "../../../../generator/pipeline/load/document-finding.js";
import { conformanceDocuments } from "./conformance-documents.js";

const show = (findings: readonly DocumentFinding[]): string[] =>
  findings.map((finding) => `${JSON.stringify(finding.path)} ${finding.part} ${finding.severity} ${finding.code} ${finding.message}`);

describe("checkAgainstSchema", () => {
  it("accepts every conformance document the reference accepts", () => {
    const accepted = conformanceDocuments().filter((vector) => !vector.rejected);
    expect(accepted.length).toBeGreaterThan(2000);
    const complaints = accepted
      .map((vector) => ({ id: vector.id, findings: show(checkAgainstSchema(vector.document)) }))
      .filter((result) => result.findings.length > 0);
    expect(complaints).toEqual([]);
  });

  it.each([
    ["a non-object document", [], ['[] value error FT022 document must be a JSON object mapping feature names to features']],
    ["a feature that is not an object", { f: 1 }, ['["f"] value error FT022 feature "f" must be an object with at least a "default"']],
    ["a missing default", { f: { rules: {} } }, ['["f","default"] key error FT020 feature "f" is missing required property "default"']],
    ["nothing about extra properties (the evaluator ignores them)", { f: { default: true, rule: {}, owner: "me" } }, []],
    ["a non-string description", { f: { default: true, description: 5 } }, ['["f","description"] value error FT022 "description" must be a string']],
    ["rules that are neither an object nor empty", { f: { default: true, rules: "all" } }, [
      '["f","rules"] value error FT023 "rules" must be an object of named rules (or empty)',
    ]],
    ["an empty rule name", { f: { default: 1, boolean_type: false, rules: { "": { conditions: [{ action: "IN", key: "k", value: [] }] } } } }, [
      '["f","rules",""] key error FT023 a rule name must not be empty',
    ]],
    ["a misspelt action", { f: { default: true, rules: { r: { when_match: true, conditions: [{ action: "equals", key: "k", value: 1 }] } } } }, [
      '["f","rules","r","conditions",0,"action"] value error FT023 "action" cannot be "equals": did you mean "EQUALS"?',
    ]],
    ["a weekday in lower case", { f: { default: true, rules: { r: { when_match: true, conditions: [
      { action: "SCHEDULE_BETWEEN_DAYS_OF_WEEK", key: "CURRENT_DAY_OF_WEEK", value: { DAYS: ["monday"] } },
    ] } } } }, ['["f","rules","r","conditions",0,"value","DAYS",0] value error FT023 DAYS[0] cannot be "monday": did you mean "MONDAY"?']],
    ["one defect seen by two schema branches", { f: { default: null } }, [
      '["f","default"] value error FT022 "default" must be true or false for a boolean feature',
    ]],
  ])("reports %s", (_label, document, expected) => {
    expect(show(checkAgainstSchema(document))).toEqual(expected);
  });
});
