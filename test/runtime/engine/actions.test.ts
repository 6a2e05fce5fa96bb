import { describe, expect, it } from "vitest";
import { ACTIONS, isRuleAction } from "../../../runtime/engine/actions.js";
import { RULE_ACTIONS, type JsonValue, type RuleAction } from "../../../runtime/types.js";

const noClock = () => {
  throw new Error("clock read");
};

function holds(action: RuleAction, value: JsonValue, contextValue: unknown): boolean {
  return ACTIONS[action].compile(value, noClock)(contextValue);
}

describe("the action table", () => {
  it("has one entry per action, each with its context shape", () => {
    expect(Object.keys(ACTIONS).sort()).toEqual([...RULE_ACTIONS].sort());
    const shapes = ["value", "string", "member-of-value", "container-of-value", "array-of-value-items", "number", "none"];
    for (const action of RULE_ACTIONS) expect(shapes).toContain(ACTIONS[action].contextShape);
    const byShape = (shape: string) => RULE_ACTIONS.filter((action) => ACTIONS[action].contextShape === shape);
    expect(byShape("none")).toEqual(["SCHEDULE_BETWEEN_TIME_RANGE", "SCHEDULE_BETWEEN_DATETIME_RANGE", "SCHEDULE_BETWEEN_DAYS_OF_WEEK"]);
    expect(byShape("number")).toEqual(["MODULO_RANGE"]);
  });

  it("names the key each schedule action requires, and only those", () => {
    const required = Object.fromEntries(RULE_ACTIONS.flatMap((action) => (ACTIONS[action].requiredKey ? [[action, ACTIONS[action].requiredKey]] : [])));
    expect(required).toEqual({
      SCHEDULE_BETWEEN_TIME_RANGE: "CURRENT_TIME",
      SCHEDULE_BETWEEN_DATETIME_RANGE: "CURRENT_DATETIME",
      SCHEDULE_BETWEEN_DAYS_OF_WEEK: "CURRENT_DAY_OF_WEEK",
    });
  });

  it("marks the values that can never match, and they indeed never match", () => {
    const impossible = (kind: string) => RULE_ACTIONS.filter((action) => ACTIONS[action].impossibleValue === kind);
    expect(impossible("not-a-string")).toEqual(["STARTSWITH", "ENDSWITH"]);
    expect(impossible("a-scalar")).toEqual(["IN", "NOT_IN", "KEY_IN_VALUE", "KEY_NOT_IN_VALUE"]);
    expect(impossible("an-object")).toEqual([
      "KEY_GREATER_THAN_VALUE", "KEY_GREATER_THAN_OR_EQUAL_VALUE", "KEY_LESS_THAN_VALUE", "KEY_LESS_THAN_OR_EQUAL_VALUE",
    ]);
    const witnesses: Record<string, JsonValue> = { "not-a-string": 5, "a-scalar": 5, "an-object": { a: 1 } };
    const contexts: unknown[] = [null, 5, "5", "a", [5], ["a"], { a: 1 }, true];
    for (const action of RULE_ACTIONS) {
      const kind = ACTIONS[action].impossibleValue;
      if (kind === undefined) continue;
      for (const context of contexts) expect(holds(action, witnesses[kind] as JsonValue, context), `${action} ${JSON.stringify(context)}`).toBe(false);
    }
  });

  it("records what each action requires of its value", () => {
    const byKind = (kind: string) => RULE_ACTIONS.filter((action) => ACTIONS[action].valueKind === kind);
    expect(byKind("array")).toEqual(["ALL_IN_VALUE", "ANY_IN_VALUE", "NONE_IN_VALUE"]);
    expect(byKind("object")).toEqual([
      "SCHEDULE_BETWEEN_TIME_RANGE",
      "SCHEDULE_BETWEEN_DATETIME_RANGE",
      "SCHEDULE_BETWEEN_DAYS_OF_WEEK",
      "MODULO_RANGE",
    ]);
  });

  it("recognises action names exactly, never through the prototype", () => {
    expect(isRuleAction("EQUALS")).toBe(true);
    for (const name of ["equals", " EQUALS", "toString", "constructor", "__proto__", "", 5, null, ["EQUALS"]]) {
      expect(isRuleAction(name)).toBe(false);
    }
  });
});

// [action, condition value, context value, expected]: Powertools' outcome.
const CASES: readonly (readonly [RuleAction, JsonValue, unknown, boolean])[] = [
  ["EQUALS", "user@example.com", "user@example.com", true],
  ["EQUALS", 9007199254740992, 9007199254740992.0, true],
  ["EQUALS", ["a"], "a", false],
  ["EQUALS", 1, true, true],
  ["EQUALS", 0, false, true],
  ["EQUALS", true, 1.0, true],
  ["EQUALS", "1", 1, false],
  ["EQUALS", { a: [1] }, { a: [true] }, true],
  ["EQUALS", "null", null, false],
  ["NOT_EQUALS", -273.15, null, true],
  ["NOT_EQUALS", -273.15, undefined, true],
  ["NOT_EQUALS", 1, true, false],
  ["NOT_EQUALS", "é", "É", true],
  ["NOT_EQUALS", [1, 2], [1, 2], false],
  ["KEY_GREATER_THAN_VALUE", 0, true, true],
  ["KEY_GREATER_THAN_VALUE", 9, "10", false],
  ["KEY_GREATER_THAN_VALUE", [], [0], true],
  ["KEY_GREATER_THAN_VALUE", 1152921504606846976, 1152921504606846977, false], // same double
  ["KEY_GREATER_THAN_VALUE", true, 2, true],
  ["KEY_GREATER_THAN_VALUE", { a: 1 }, { a: 2 }, false],
  ["KEY_GREATER_THAN_OR_EQUAL_VALUE", -747, -747, true],
  ["KEY_GREATER_THAN_OR_EQUAL_VALUE", "premium", "pre", false],
  ["KEY_GREATER_THAN_OR_EQUAL_VALUE", 5, null, false],
  ["KEY_LESS_THAN_VALUE", "😀", "\uffff", true],
  ["KEY_LESS_THAN_VALUE", "ａ", "ab", true],
  ["KEY_LESS_THAN_VALUE", 9, "10", false],
  ["KEY_LESS_THAN_VALUE", 1, false, true],
  ["KEY_LESS_THAN_VALUE", [1, "b"], [1, "a"], true],
  ["KEY_LESS_THAN_VALUE", [1, "b"], [1, 2], false],
  ["KEY_LESS_THAN_OR_EQUAL_VALUE", [1, 2], [1, 2], true],
  ["KEY_LESS_THAN_OR_EQUAL_VALUE", "B", "a", false],
  ["KEY_LESS_THAN_OR_EQUAL_VALUE", 1e300, 1e300, true],
  ["STARTSWITH", "", "-1", true],
  ["STARTSWITH", ["9", "zz"], "9", false],
  ["STARTSWITH", "😀", "smile😀", false],
  ["STARTSWITH", "pre", null, false],
  ["STARTSWITH", "1", 12, false],
  ["ENDSWITH", "standard", "standard", true],
  ["ENDSWITH", 5, "eu-west-1", false],
  ["ENDSWITH", "😀", "smile😀", true],
  ["IN", ["beta", "b", 100000000000000000000], 100000000000000000000, true],
  ["IN", "premium ", "", true],
  ["IN", true, 1, false],
  ["IN", { admin: 1 }, "admin", true],
  ["IN", { admin: 1 }, "constructor", false],
  ["IN", [["a"]], ["a"], true],
  ["NOT_IN", ["a", "b"], null, true],
  ["NOT_IN", 1.5, true, false],
  ["NOT_IN", [1e20], 100000000000000000000, false],
  ["NOT_IN", "abc", 5, false],
  ["NOT_IN", { admin: 1 }, 5, true],
  ["NOT_IN", { admin: 1 }, ["admin"], false],
  ["KEY_IN_VALUE", [1], true, true],
  ["KEY_IN_VALUE", [null, "a"], undefined, true],
  ["KEY_NOT_IN_VALUE", [["a"]], "a", true],
  ["KEY_NOT_IN_VALUE", "null", null, false],
  ["VALUE_IN_KEY", "a", ["a", "b"], true],
  ["VALUE_IN_KEY", "5", false, false],
  ["VALUE_IN_KEY", "mium", "premium", true],
  ["VALUE_IN_KEY", 1, [true], true],
  ["VALUE_IN_KEY", "admin", { admin: 0 }, true],
  ["VALUE_IN_KEY", ["a"], { a: 0 }, false],
  ["VALUE_NOT_IN_KEY", 1, ["1"], true],
  ["VALUE_NOT_IN_KEY", true, [1], false],
  ["VALUE_NOT_IN_KEY", "a", null, false],
  ["VALUE_NOT_IN_KEY", 5, "555", false],
  ["VALUE_NOT_IN_KEY", ["a"], { a: 0 }, false],
  ["VALUE_NOT_IN_KEY", 5, { a: 0 }, true],
  ["ALL_IN_VALUE", [0], [0, 0], true],
  ["ALL_IN_VALUE", ["é", 0], ["e\u0301", 0], false],
  ["ALL_IN_VALUE", ["a"], [], true],
  ["ALL_IN_VALUE", ["a"], "a", false],
  ["ANY_IN_VALUE", ["Admin", 1.5], [false, 1.5, "Admin"], true],
  ["ANY_IN_VALUE", [0, "beta", 1, "c"], 0, false],
  ["ANY_IN_VALUE", ["a"], [], false],
  ["ANY_IN_VALUE", [1], [true], true],
  ["NONE_IN_VALUE", ["é", "beta"], [], true],
  ["NONE_IN_VALUE", ["a"], "", false],
  ["NONE_IN_VALUE", ["a"], ["b", "a"], false],
  ["NONE_IN_VALUE", [[1]], [[true, 0]], true],
  ["MODULO_RANGE", { BASE: 10, START: 4, END: 8 }, -56, true],
  ["MODULO_RANGE", { BASE: 1, START: 0, END: 0 }, 99.99, false],
  ["MODULO_RANGE", { BASE: 10, START: 6, END: 6 }, 1152921504606846976, true],
  ["MODULO_RANGE", { BASE: 2, START: 1, END: 1 }, true, true],
  ["MODULO_RANGE", { BASE: 100, START: 0, END: 99 }, "42", false],
  ["MODULO_RANGE", { BASE: 100, START: 0, END: 99 }, null, false],
  ["MODULO_RANGE", { BASE: true, START: 0, END: 0 }, 12345, true],
];

describe("compiled predicates", () => {
  it.each(CASES)("%s value %j, context %j → %s", (action, value, contextValue, expected) => {
    expect(holds(action, value, contextValue)).toBe(expected);
  });

  it("turns a failing clock into no match for schedule actions", () => {
    const value = { START: "00:00", END: "23:59" };
    expect(ACTIONS.SCHEDULE_BETWEEN_TIME_RANGE.compile(value, noClock)(undefined)).toBe(false);
  });
});

describe("action-specific validation", () => {
  it("requires an array for the list-set actions", () => {
    expect(ACTIONS.ALL_IN_VALUE.validate({ key: "k", value: "a" })).toEqual([
      { path: ["value"], message: "value must be an array for this action; found the string \"a\"" },
    ]);
    expect(ACTIONS.NONE_IN_VALUE.validate({ key: "k", value: [] })).toEqual([]);
  });

  it("prefixes MODULO_RANGE paths with the value", () => {
    expect(ACTIONS.MODULO_RANGE.validate({ key: "k", value: { BASE: 10, START: 0 } })[0]?.path).toEqual(["value", "END"]);
  });

  it("lets any non-null value through for the comparison actions", () => {
    for (const value of [{}, [], 0, "", false]) expect(ACTIONS.STARTSWITH.validate({ key: "k", value })).toEqual([]);
  });
});

describe("compileForKey: EQUALS / NOT_EQUALS on a string read the context directly", () => {
  const inherited = Object.create({ tier: "gold" }) as Record<string, unknown>;
  it.each<[string, Record<string, unknown>, boolean, boolean]>([
    ["own match", { tier: "gold" }, true, false],
    ["other string", { tier: "free" }, false, true],
    ["missing key", {}, false, true],
    ["null", { tier: null }, false, true],
    ["inherited match", inherited, false, true],
    ["number", { tier: 1 }, false, true],
  ])("%s", (_label, context, equals, notEquals) => {
    const equalsTest = ACTIONS.EQUALS.compileForKey?.("tier", "gold");
    const notEqualsTest = ACTIONS.NOT_EQUALS.compileForKey?.("tier", "gold");
    expect(equalsTest?.(context)).toBe(equals);
    expect(notEqualsTest?.(context)).toBe(notEquals);
    // The generic path (read the own entry, then compare) must agree.
    const own = Object.hasOwn(context, "tier") ? (context["tier"] ?? null) : null;
    expect(ACTIONS.EQUALS.compile("gold", () => new Date())(own)).toBe(equals);
  });

  it("declines non-string values, which take the generic path", () => {
    expect(ACTIONS.EQUALS.compileForKey?.("n", 1)).toBeUndefined();
    expect(ACTIONS.NOT_EQUALS.compileForKey?.("n", ["a"])).toBeUndefined();
  });
});
