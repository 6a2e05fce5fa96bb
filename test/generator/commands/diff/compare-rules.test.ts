import { describe, expect, it } from "vitest";
import { describeRuleChanges, sameJson } from "../../../../generator/commands/diff/compare-rules.js";

const rule = (value: number) => ({ when_match: true, conditions: [{ action: "EQUALS", key: "k", value }] });

describe("describeRuleChanges", () => {
  it("says nothing for equal rules, whatever the key order inside a rule", () => {
    const reordered = { rules: { a: { conditions: [{ value: 1, key: "k", action: "EQUALS" }], when_match: true } } };
    expect(describeRuleChanges({ rules: { a: rule(1) } }, reordered)).toBeUndefined();
    expect(describeRuleChanges({ default: true }, { default: true, rules: {} })).toBeUndefined();
  });

  it("names added, removed and changed rules, and notices a new order", () => {
    expect(describeRuleChanges({ rules: { a: rule(1), b: rule(2) } }, { rules: { b: rule(3), c: rule(4) } })).toBe('added "c"; removed "a"; changed "b"');
    expect(describeRuleChanges({ rules: { a: rule(1), b: rule(2) } }, { rules: { b: rule(2), a: rule(1) } })).toBe("reordered");
  });

  it("treats prototype keys as plain rule names", () => {
    expect(describeRuleChanges({ rules: {} }, JSON.parse('{ "rules": { "__proto__": { "conditions": [] } } }'))).toBe('added "__proto__"');
  });
});

describe("sameJson", () => {
  it.each([
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [{ a: 1, b: [true] }, { b: [true], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [0, false, false],
    [null, {}, false],
  ])("%j vs %j", (a, b, expected) => {
    expect(sameJson(a, b)).toBe(expected);
  });
});
