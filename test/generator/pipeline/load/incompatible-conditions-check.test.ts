import { describe, expect, it } from "vitest";
import { findIncompatibleConditions } from "../../../../generator/pipeline/load/incompatible-conditions-check.js";
import { compileDocument } from "../../../../runtime/engine/compile.js";
import { validateDocument } from "../../../../runtime/engine/validate.js";
import { RULE_ACTIONS } from "../../../../runtime/types.js";
import { conformanceDocuments } from "./conformance-documents.js";

type Condition = Readonly<Record<string, unknown>>;

const documentWith = (...conditions: Condition[]): Record<string, unknown> => ({
  f: { default: false, rules: { r: { when_match: true, conditions: conditions.map((condition) => ({ key: "k", ...condition })) } } },
});

/** Context values of every kind, with the edge cases of Python's comparisons; `undefined` is the missing key. */
const PROBES: unknown[] = [
  undefined, null, true, false, 0, 1, -1, 2, 3, 5, 6, 7, 2.5, 100, "", "a", "b", "ab", "gold", "x", "5", "k",
  [], ["a"], ["gold"], [1], [2], [1, 2], [true], [5], [null], ["a", 1], [[1]], [{}], {}, { a: 1 }, { gold: 1 }, { k: 1 },
];

/** The runtime's own answer: a probe for which the rule matches, if any. */
function witness(...conditions: Condition[]): unknown {
  const compiled = compileDocument(documentWith(...conditions));
  return PROBES.find((probe) => compiled.evaluate("f", probe === undefined ? {} : { k: probe }, false) === true);
}

const findings = (...conditions: Condition[]) => findIncompatibleConditions(documentWith(...conditions));

describe("findIncompatibleConditions", () => {
  it("warns at the key of the condition that leaves no kind of value, naming both conditions", () => {
    const conditions = [{ action: "EQUALS", value: "gold" }, { action: "KEY_GREATER_THAN_VALUE", value: 5 }];
    expect(findings(...conditions)).toEqual([{
      path: ["f", "rules", "r", "conditions", 1, "key"],
      part: "value",
      severity: "warning",
      code: "FT034",
      message: 'rule "r" can never match: conditions[0] (EQUALS "gold") needs "k" to be a string and conditions[1] ' +
        "(KEY_GREATER_THAN_VALUE 5) needs it to be a boolean or a number; no context value is both",
    }]);
    expect(witness(...conditions)).toBeUndefined();
  });

  const IMPOSSIBLE: [string, Condition[]][] = [
    ["a missing key (null) and a string", [{ action: "IN", value: [null] }, { action: "EQUALS", value: "gold" }]],
    ["a list and a string", [{ action: "ALL_IN_VALUE", value: ["a"] }, { action: "STARTSWITH", value: "a" }]],
    ["a number and a string", [{ action: "MODULO_RANGE", value: { BASE: 2, START: 0, END: 1 } }, { action: "ENDSWITH", value: "a" }]],
    ["a dict's key (a string) and a number", [{ action: "KEY_IN_VALUE", value: { a: 1 } }, { action: "KEY_LESS_THAN_VALUE", value: 3 }]],
    ["a container and a number", [{ action: "VALUE_NOT_IN_KEY", value: "a" }, { action: "EQUALS", value: 1 }]],
    ["a list and an object", [{ action: "EQUALS", value: [] }, { action: "EQUALS", value: {} }]],
    ["a hashable value and a list", [{ action: "NOT_IN", value: { a: 1 } }, { action: "ANY_IN_VALUE", value: ["a"] }]],
    ["a string and a list, with a third condition between them", [
      { action: "STARTSWITH", value: "a" }, { action: "NOT_EQUALS", value: "b" }, { action: "KEY_GREATER_THAN_OR_EQUAL_VALUE", value: [1] },
    ]],
  ];

  it.each(IMPOSSIBLE)("%s: warned, and the runtime matches no context value", (_label, conditions) => {
    expect(findings(...conditions).map((finding) => finding.code)).toEqual(["FT034"]);
    expect(witness(...conditions)).toBeUndefined();
  });

  it("names every condition when no two of them alone conflict", () => {
    const conditions = [{ action: "IN", value: ["a", []] }, { action: "IN", value: [[], {}] }, { action: "IN", value: [{}, "a"] }];
    const [finding, ...more] = findings(...conditions);
    expect(more).toEqual([]);
    expect(finding?.path).toEqual(["f", "rules", "r", "conditions", 2, "key"]);
    expect(finding?.message).toBe(
      'rule "r" can never match: conditions[0] (IN ["a",[]]) needs "k" to be a string or a list, conditions[1] (IN [[],{}]) needs it to be ' +
        'a list or an object and conditions[2] (IN [{},"a"]) needs it to be a string or an object; no context value is all of these',
    );
    expect(witness(...conditions)).toBeUndefined();
  });

  const POSSIBLE: [string, Condition[]][] = [
    ["true equals 1 and orders as a number", [{ action: "EQUALS", value: true }, { action: "KEY_GREATER_THAN_VALUE", value: 0 }]],
    ["NOT_EQUALS holds for any other kind", [{ action: "NOT_EQUALS", value: "gold" }, { action: "KEY_GREATER_THAN_VALUE", value: 5 }]],
    ["NOT_IN a list holds for any other kind", [{ action: "NOT_IN", value: ["x"] }, { action: "KEY_LESS_THAN_VALUE", value: 5 }]],
    ["a list of mixed items", [{ action: "IN", value: [1, "a"] }, { action: "STARTSWITH", value: "a" }]],
    ["a string holding a string", [{ action: "VALUE_IN_KEY", value: "a" }, { action: "STARTSWITH", value: "a" }]],
    ["a list holding a value", [{ action: "VALUE_IN_KEY", value: 1 }, { action: "ANY_IN_VALUE", value: [1] }]],
    ["a boolean modulo a base", [{ action: "MODULO_RANGE", value: { BASE: 2, START: 1, END: 1 } }, { action: "EQUALS", value: true }]],
    ["lists order against lists", [{ action: "KEY_GREATER_THAN_VALUE", value: [1] }, { action: "ALL_IN_VALUE", value: [1, 2] }]],
    ["a string key of an object", [{ action: "KEY_IN_VALUE", value: { gold: 1 } }, { action: "EQUALS", value: "gold" }]],
  ];

  it.each(POSSIBLE)("%s: silent, and the runtime matches some context value", (_label, conditions) => {
    expect(findings(...conditions)).toEqual([]);
    expect(witness(...conditions)).not.toBeUndefined();
  });

  it("compares only conditions on the same key, and ignores schedule actions", () => {
    const document = {
      f: { default: false, rules: { r: { when_match: true, conditions: [
        { action: "EQUALS", key: "tier", value: "gold" },
        { action: "KEY_GREATER_THAN_VALUE", key: "age", value: 5 },
        { action: "SCHEDULE_BETWEEN_TIME_RANGE", key: "CURRENT_TIME", value: { START: "09:00", END: "17:00" } },
        { action: "SCHEDULE_BETWEEN_DAYS_OF_WEEK", key: "CURRENT_DAY_OF_WEEK", value: { DAYS: ["MONDAY"] } },
      ] } } },
    };
    expect(findIncompatibleConditions(document)).toEqual([]);
  });

  it("leaves a condition that can never match on its own to FT032", () => {
    expect(findings({ action: "IN", value: 5 }, { action: "EQUALS", value: "gold" })).toEqual([]);
    expect(findings({ action: "STARTSWITH", value: 5 }, { action: "EQUALS", value: 1 })).toEqual([]);
  });

  it("reports each rule and key once, also in several rules and features", () => {
    const rule = { when_match: true, conditions: [{ action: "EQUALS", key: "k", value: "a" }, { action: "EQUALS", key: "k", value: 1 }, { action: "EQUALS", key: "k", value: [] }] };
    const document = { f: { default: false, rules: { r1: rule, r2: rule } }, g: { default: false, rules: { r3: rule } } };
    expect(findIncompatibleConditions(document).map((finding) => finding.path.join("/"))).toEqual([
      "f/rules/r1/conditions/1/key", "f/rules/r2/conditions/1/key", "g/rules/r3/conditions/1/key",
    ]);
  });

  it.each([
    ["a null value (the validator's error)", documentWith({ action: "EQUALS", value: null }, { action: "EQUALS", value: 1 })],
    ["an unknown action", documentWith({ action: "EQUAL", value: "a" }, { action: "EQUALS", value: 1 })],
    ["a key that is no string", { f: { default: false, rules: { r: { when_match: true, conditions: [{ action: "EQUALS", key: 1, value: "a" }, { action: "EQUALS", key: 1, value: 1 }] } } } }],
    ["conditions that are no array", { f: { default: false, rules: { r: { when_match: true, conditions: { action: "EQUALS" } } } } }],
    ["a document that is no object", [documentWith({ action: "EQUALS", value: "a" }, { action: "EQUALS", value: 1 })]],
  ])("ignores %s", (_label, document) => {
    expect(findIncompatibleConditions(document)).toEqual([]);
  });

  it("is sound: of every pair of valid conditions on one key, each one warned about matches no context value", () => {
    const values: unknown[] = ["a", "", "gold", 0, 1, 5, true, false, 2.5, [], ["a"], [1], [null], ["a", 1], [[1]], [{}], {}, { a: 1 },
      { BASE: 3, START: 0, END: 1 }];
    const conditions = RULE_ACTIONS.filter((action) => !action.startsWith("SCHEDULE_"))
      .flatMap((action) => values.map((value) => ({ action, value })))
      .filter((condition) => validateDocument(documentWith(condition)).length === 0);
    let warned = 0;
    const unsound: string[] = [];
    for (const [index, first] of conditions.entries()) {
      for (const second of conditions.slice(index)) {
        if (findings(first, second).length === 0) continue;
        warned++;
        const found = witness(first, second);
        if (found !== undefined) unsound.push(`${JSON.stringify([first, second])} matches ${JSON.stringify(found)}`);
      }
    }
    expect(unsound).toEqual([]);
    expect(warned).toBeGreaterThan(1000);
  });

  it("is sound on the conformance vectors: no warned rule matches their contexts, nor them with any probe for its key", () => {
    const accepted = conformanceDocuments().filter((vector) => !vector.rejected);
    let warned = 0;
    for (const vector of accepted) {
      for (const finding of findIncompatibleConditions(vector.document)) {
        warned++;
        const [feature = "", , ruleName = "", , index = 0] = finding.path as [string, string, string, string, number];
        const rule = (vector.document as Record<string, { rules: Record<string, { conditions: Condition[] }> }>)[feature]?.rules[ruleName];
        const key = String(rule?.conditions[index]?.["key"]);
        const compiled = compileDocument({ f: { default: false, rules: { r: { ...rule, when_match: true } } } });
        const contexts = [vector.context ?? {}, ...PROBES.map((probe) => ({ ...vector.context, [key]: probe }))];
        expect(contexts.filter((context) => compiled.evaluate("f", context, false) === true), `${vector.id} ${finding.message}`).toEqual([]);
      }
    }
    expect(warned).toBeGreaterThan(10);
  });
});
