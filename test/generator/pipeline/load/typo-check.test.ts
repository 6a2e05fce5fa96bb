import { describe, expect, it } from "vitest";
import { findLikelyTypos } from "../../../../generator/pipeline/load/typo-check.js";
import { conformanceDocuments } from "./conformance-documents.js";

describe("findLikelyTypos", () => {
  it.each([
    ["rule for rules", { f: { default: true, rule: {} } }, ['["f","rule"] unknown property "rule" in feature "f" is ignored by the evaluator; did you mean "rules"?']],
    ["boolean-type", { f: { default: 1, "boolean-type": false } }, ['["f","boolean-type"] unknown property "boolean-type" in feature "f" is ignored by the evaluator; did you mean "boolean_type"?']],
    ["when_matches in a rule", { f: { default: 1, boolean_type: false, rules: { r: { when_matches: 2, conditions: [] } } } }, [
      '["f","rules","r","when_matches"] unknown property "when_matches" in rule "r" is ignored by the evaluator; did you mean "when_match"?',
    ]],
    ["Value in a condition", { f: { default: true, rules: { r: { conditions: [{ action: "IN", key: "k", Value: [] }] } } } }, [
      '["f","rules","r","conditions",0,"Value"] unknown property "Value" in conditions[0] is ignored by the evaluator; did you mean "value"?',
    ]],
    ["nothing for deliberate metadata", { f: { default: true, owner: "team", rules: { r: { comment: "x", conditions: [{ note: 1 }] } } } }, []],
    ["nothing for a look-alike of a name that is present", { f: { default: true, rule: 1, rules: {} } }, []],
    ["nothing for non-objects", { f: [1], g: { default: true, rules: [] }, h: { default: true, rules: { r: { conditions: "x" } } } }, []],
  ])("%s", (_label, document, expected) => {
    expect(findLikelyTypos(document).map((finding) => `${JSON.stringify(finding.path)} ${finding.message}`)).toEqual(expected);
  });

  it("stays silent on every conformance document", () => {
    const noisy = conformanceDocuments().filter((vector) => findLikelyTypos(vector.document).length > 0).map((vector) => vector.id);
    expect(noisy).toEqual([]);
  });
});
