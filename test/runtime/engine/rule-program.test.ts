import { describe, expect, it } from "vitest";
import { DEFAULT_ON, HAS_RULES, RuleProgram, STATIC_OFF, STATIC_ON } from "../../../runtime/engine/rule-program.js";

const noClock = () => new Date(0);
const condition = (action: string, key: string, value: unknown) => ({ action, key, value });
const rule = (whenMatch: unknown, ...conditions: unknown[]) => ({ when_match: whenMatch, conditions });

describe("RuleProgram", () => {
  const program = new RuleProgram(
    [
      { default: true },
      { default: false, rules: null },
      {
        default: "",
        boolean_type: false,
        rules: {
          first: rule("x", condition("EQUALS", "tier", "gold"), condition("KEY_GREATER_THAN_VALUE", "age", 17)),
          second: rule(0, condition("IN", "age", [1, 2]), condition("SCHEDULE_BETWEEN_DAYS_OF_WEEK", "CURRENT_DAY_OF_WEEK", { DAYS: ["MONDAY"] })),
        },
      },
      { default: false, rules: { only: rule(true, condition("STARTSWITH", "region", "eu-")) } },
    ],
    noClock,
  );

  it("records features without rules as decided, the others as ruled", () => {
    expect(program.featureState).toEqual([STATIC_ON, STATIC_OFF, HAS_RULES, HAS_RULES]);
    const defaultOn = new RuleProgram([{ default: "x", boolean_type: false, rules: { r: rule(0, condition("EQUALS", "k", 1)) } }], noClock);
    expect(defaultOn.featureState).toEqual([HAS_RULES + DEFAULT_ON]);
  });

  it("gives each feature its range of rules and each rule its range of conditions, in document order", () => {
    expect(program.featureRuleStart).toEqual([0, 0, 0, 2, 3]);
    expect(program.ruleStart).toEqual([0, 2, 4, 5]);
    expect(program.ruleEnabled).toEqual([true, false, true]);
  });

  it("numbers context keys per document and per feature; schedule actions read no key", () => {
    expect(program.keys).toEqual(["tier", "age", "region"]);
    expect(program.conditionKey).toEqual([0, 1, 1, -1, 2]);
    expect(program.featureKeyStart).toEqual([0, 0, 0, 2, 3]);
    expect(program.featureKeyNames).toEqual(["tier", "age", "region"]);
    expect(program.occurrenceSlot).toEqual([0, 1, 1, -1, 0]);
  });

  it("compiles each condition's test of the context value", () => {
    expect(program.conditionTest.map((test) => test("gold"))).toEqual([true, false, false, false, false]);
    expect(program.conditionTest[2]?.(2)).toBe(true);
  });

  it("shares one distinct condition between identical conditions, never between schedule ones", () => {
    const inEu = condition("IN", "region", ["eu-west-1", "eu-central-1"]);
    const onMonday = condition("SCHEDULE_BETWEEN_DAYS_OF_WEEK", "CURRENT_DAY_OF_WEEK", { DAYS: ["MONDAY"] });
    const shared = new RuleProgram(
      [
        { default: false, rules: { r: rule(true, inEu, onMonday) } },
        { default: false, rules: { a: rule(true, condition("IN", "region", ["eu-west-1", "eu-central-1"])), b: rule(true, onMonday) } },
        { default: false, rules: { r: rule(true, condition("IN", "Region", ["eu-west-1", "eu-central-1"]), condition("NOT_IN", "region", inEu.value)) } },
        { default: false, rules: { r: rule(true, condition("EQUALS", "o", { a: 1, b: 2 }), condition("EQUALS", "o", { b: 2, a: 1 })) } },
      ],
      noClock,
    );
    expect(shared.occurrenceCondition).toEqual([0, 1, 0, 2, 3, 4, 5, 6]);
    expect(shared.keys).toEqual(["region", "Region", "o"]);
  });
});
