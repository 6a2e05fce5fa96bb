import { describe, expect, it } from "vitest";
import { findNeverMatchingConditions } from "../../../../generator/pipeline/load/never-match-check.js";
import { compileDocument } from "../../../../runtime/engine/compile.js";
import { conformanceDocuments } from "./conformance-documents.js";

/** Context values that between them satisfy every condition below that can match. */
const PROBES: unknown[] = [null, true, false, 0, 1, 5, 1.5, "", "a", "b", "x", "premium", [], ["a"], [5], [{}], {}, { a: 1 }];

const documentWith = (condition: Record<string, unknown>): Record<string, unknown> => ({
  f: { default: false, rules: { r: { when_match: true, conditions: [{ key: "k", ...condition }] } } },
});

/** The runtime's own answer: a context value for which the condition holds, if any probe is one. */
function witness(condition: Record<string, unknown>): unknown {
  const compiled = compileDocument(documentWith(condition));
  return PROBES.find((probe) => compiled.evaluate("f", { k: probe }, false) === true);
}

const NEVER: [string, unknown][] = [
  ["STARTSWITH", 5],
  ["ENDSWITH", true],
  ["STARTSWITH", ["a"]],
  ["ENDSWITH", { a: "b" }],
  ["IN", 5],
  ["IN", 1.5],
  ["NOT_IN", true],
  ["NOT_IN", 0],
  ["KEY_IN_VALUE", false],
  ["KEY_NOT_IN_VALUE", 5],
  ["KEY_GREATER_THAN_VALUE", {}],
  ["KEY_GREATER_THAN_OR_EQUAL_VALUE", { x: 1 }],
  ["KEY_LESS_THAN_VALUE", { a: 1 }],
  ["KEY_LESS_THAN_OR_EQUAL_VALUE", {}],
];

const SOMETIMES: [string, unknown][] = [
  ["STARTSWITH", ""],
  ["ENDSWITH", "x"],
  ["IN", "premium"],
  ["IN", [5]],
  ["NOT_IN", { a: 1 }],
  ["KEY_NOT_IN_VALUE", "abc"],
  ["KEY_LESS_THAN_VALUE", [{}]],
  ["KEY_GREATER_THAN_VALUE", "a"],
  ["VALUE_IN_KEY", 5],
  ["VALUE_NOT_IN_KEY", true],
  ["EQUALS", {}],
  ["NOT_EQUALS", 5],
  ["MODULO_RANGE", { BASE: 2, START: 0, END: 1 }],
];

describe("findNeverMatchingConditions", () => {
  it.each(NEVER)("%s with %j: warned, and the runtime matches no context value", (action, value) => {
    const findings = findNeverMatchingConditions(documentWith({ action, value }));
    expect(findings.map(({ path, part, severity, code }) => [path, part, severity, code])).toEqual([
      [["f", "rules", "r", "conditions", 0, "value"], "value", "warning", "FT032"],
    ]);
    expect(findings[0]?.message).toMatch(new RegExp(`^conditions\\[0\\] of rule "r" can never match: ${action} with `));
    expect(witness({ action, value })).toBeUndefined();
  });

  it.each(SOMETIMES)("%s with %j: silent, and the runtime matches some context value", (action, value) => {
    expect(findNeverMatchingConditions(documentWith({ action, value }))).toEqual([]);
    expect(witness({ action, value })).not.toBeUndefined();
  });

  it("says the negated actions are false too, and suggests a list", () => {
    expect(findNeverMatchingConditions(documentWith({ action: "NOT_IN", value: 7 }))[0]?.message).toBe(
      'conditions[0] of rule "r" can never match: NOT_IN with the number 7 as value raises for every context value and an erroring comparison' +
        ' is false, also for NOT_IN (Python\'s "in" needs a list, string or object; use a list, e.g. [7])',
    );
  });

  it.each([
    ["a null value (the validator's error)", documentWith({ action: "IN", value: null })],
    ["an absent value", documentWith({ action: "IN" })],
    ["an action that is no string", documentWith({ action: ["IN"], value: 5 })],
    ["conditions that are no array", { f: { default: false, rules: { r: { when_match: true, conditions: { action: "IN", value: 5 } } } } }],
    ["a document that is no object", [documentWith({ action: "IN", value: 5 })]],
    ["an inherited action name", documentWith({ action: "constructor", value: 5 })],
  ])("ignores %s", (_label, document) => {
    expect(findNeverMatchingConditions(document)).toEqual([]);
  });

  it("agrees with the reference: every warned condition in an accepted vector matches none of its probes", () => {
    const accepted = conformanceDocuments().filter((vector) => !vector.rejected);
    const warned = accepted.flatMap((vector) =>
      findNeverMatchingConditions(vector.document).map((finding) => conditionAt(vector.document, finding.path.slice(0, -1))));
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.filter((condition) => witness(condition) !== undefined)).toEqual([]);
  });
});

function conditionAt(document: unknown, path: readonly (string | number)[]): Record<string, unknown> {
  const found = path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], document);
  const { action, value } = found as Record<string, unknown>;
  return { action, value };
}
