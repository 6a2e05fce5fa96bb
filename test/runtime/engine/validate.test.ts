import { describe, expect, it } from "vitest";
import { isBooleanFeature, validateDocument, validateFeature } from "../../../runtime/engine/validate.js";

const rule = (conditions: unknown, whenMatch: unknown = true) => ({ when_match: whenMatch, conditions });
const equals = { action: "EQUALS", key: "tier", value: "premium" };

describe("validateDocument accepts what Powertools accepts", () => {
  it.each([
    ["an empty document", {}],
    ["a static boolean feature", { f: { default: false } }],
    ["an empty feature name", { "": { default: true } }],
    ["prototype names", JSON.parse('{"__proto__": {"default": true}, "constructor": {"default": false}}')],
    ["falsy rules of every kind", { a: { default: true, rules: null }, b: { default: true, rules: [] }, c: { default: true, rules: "" }, d: { default: true, rules: 0 }, e: { default: true, rules: false }, g: { default: true, rules: {} } }],
    ["extra keys", { f: { default: true, description: "d", owner: 1, rules: { r: { ...rule([{ ...equals, note: 1 }]), x: 1 } } } }],
    ["a blank rule name", { f: { default: true, rules: { " ": rule([equals]) } } }],
    ["a non-boolean feature with any default", { f: { default: [1, { a: null }], boolean_type: false } }],
    ["falsy boolean_type values", { a: { default: "x", boolean_type: 0 }, b: { default: 1, boolean_type: null }, c: { default: {}, boolean_type: "" } }],
    ["a non-boolean rule without when_match", { f: { default: 0, boolean_type: false, rules: { r: { conditions: [equals] } } } }],
    ["a non-boolean rule with when_match null", { f: { default: 0, boolean_type: [], rules: { r: rule([equals], null) } } }],
    ["any non-null comparison value", { f: { default: true, rules: { r: rule([{ action: "IN", key: "k", value: { a: 1 } }, { action: "STARTSWITH", key: "k", value: [] }, { action: "EQUALS", key: "k", value: 0 }]) } } }],
    ["members holding undefined (absent)", { f: { default: true, rules: undefined, description: undefined }, g: undefined }],
  ])("%s", (_label, document) => {
    expect(validateDocument(document)).toEqual([]);
  });
});

describe("validateDocument rejects what Powertools rejects", () => {
  it.each([
    [[], [], "document must be an object of features; found an empty array"],
    ["{}", [], 'document must be an object of features; found the string "{}"'],
    [null, [], "document must be an object of features; found null"],
    [{ f: {} }, ["f"], "feature must be a non-empty object; found an empty object"],
    [{ f: [{ default: true }] }, ["f"], "feature must be a non-empty object; found an array"],
    [{ f: { description: "x" } }, ["f", "default"], "feature must have a default that is not null"],
    [{ f: { default: null, boolean_type: false } }, ["f", "default"], "feature must have a default that is not null"],
    [{ f: { default: "true" } }, ["f", "default"], 'default must be true or false; found the string "true" (set "boolean_type": false for other values)'],
    [{ f: { default: 1, boolean_type: "false" } }, ["f", "default"], 'default must be true or false; found 1 (set "boolean_type": false for other values)'],
    [{ f: { default: true, rules: [rule([equals])] } }, ["f", "rules"], "rules must be an object of named rules; found an array"],
    [{ f: { default: true, rules: "r" } }, ["f", "rules"], 'rules must be an object of named rules; found the string "r"'],
    [{ f: { default: true, rules: { "": rule([equals]) } } }, ["f", "rules", ""], "rule name must be a non-empty string"],
    [{ f: { default: true, rules: { r: {} } } }, ["f", "rules", "r"], "rule must be a non-empty object; found an empty object"],
    [{ f: { default: true, rules: { r: true } } }, ["f", "rules", "r"], "rule must be a non-empty object; found true"],
    [{ f: { default: true, rules: { r: { conditions: [equals] } } } }, ["f", "rules", "r", "when_match"], "when_match must be true or false in a boolean feature; found nothing"],
    [{ f: { default: true, rules: { r: rule([equals], 1) } } }, ["f", "rules", "r", "when_match"], "when_match must be true or false in a boolean feature; found 1"],
    [{ f: { default: true, rules: { r: rule([]) } } }, ["f", "rules", "r", "conditions"], "conditions must be a non-empty array; found an empty array"],
    [{ f: { default: true, rules: { r: { when_match: true } } } }, ["f", "rules", "r", "conditions"], "conditions must be a non-empty array; found nothing"],
    [{ f: { default: true, rules: { r: rule(equals) } } }, ["f", "rules", "r", "conditions"], "conditions must be a non-empty array; found an object"],
  ])("%j → %j", (document, path, message) => {
    expect(validateDocument(document)).toEqual([{ path, message }]);
  });

  it("reports every defect, in document order, with precise paths", () => {
    const document = {
      good: { default: true },
      bad_default: { default: "on" },
      bad_rules: {
        default: false,
        rules: {
          "": { when_match: "yes", conditions: [{ action: ["EQUALS"], key: "", value: null }, equals, {}] },
          ok: rule([equals]),
        },
      },
    };
    expect(validateDocument(document).map((issue) => issue.path)).toEqual([
      ["bad_default", "default"],
      ["bad_rules", "rules", ""],
      ["bad_rules", "rules", "", "when_match"],
      ["bad_rules", "rules", "", "conditions", 0, "action"],
      ["bad_rules", "rules", "", "conditions", 0, "key"],
      ["bad_rules", "rules", "", "conditions", 0, "value"],
      ["bad_rules", "rules", "", "conditions", 2],
    ]);
  });

  it("validates features nobody asks for", () => {
    expect(validateDocument({ used: { default: true }, unused: { default: 3 } })).toHaveLength(1);
  });

  it("treats prototype names as plain feature and rule names", () => {
    const document = JSON.parse('{"__proto__": {"default": "x"}, "f": {"default": true, "rules": {"constructor": {"when_match": 1, "conditions": [{"action": "EQUALS", "key": "k", "value": 1}]}}}}');
    expect(validateDocument(document).map((issue) => issue.path)).toEqual([
      ["__proto__", "default"],
      ["f", "rules", "constructor", "when_match"],
    ]);
  });
});

describe("feature helpers", () => {
  it("judges boolean_type by Python truthiness", () => {
    expect(isBooleanFeature({ default: true })).toBe(true);
    expect(isBooleanFeature({ default: true, boolean_type: "false" })).toBe(true);
    expect(isBooleanFeature({ default: true, boolean_type: 1 })).toBe(true);
    for (const falsy of [false, 0, null, "", [], {}]) expect(isBooleanFeature({ default: 1, boolean_type: falsy })).toBe(false);
  });

  it("validates one feature with paths relative to it", () => {
    expect(validateFeature({ default: true, rules: { r: rule([equals], "x") } })).toEqual([
      { path: ["rules", "r", "when_match"], message: 'when_match must be true or false in a boolean feature; found the string "x"' },
    ]);
  });
});
