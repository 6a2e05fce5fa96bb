import { describe, expect, it } from "vitest";
import { evaluateRule, type EvaluationContext, type Truth } from "../../../../../../generator/commands/serve/native/evaluate/evaluate-rule.js";
import { compileRule } from "../../../../../../generator/pipeline/load/native/rules/rule-compile.js";
import type { RuleExpression } from "../../../../../../generator/pipeline/load/native/rules/rule-expression.js";

function rule(text: string): RuleExpression {
  const { expression, findings } = compileRule(text);
  if (!expression) throw new Error(`${text}: ${findings.map((f) => f.message).join("; ")}`);
  return expression;
}

const cases: [string, EvaluationContext, Truth][] = [
  // comparisons: the constant types the context text
  ["(gt $age 65)", { age: "66" }, true],
  ["(gt $age 65)", { age: "65" }, false],
  ["(gte $age 65)", { age: "65" }, true],
  ["(lt $age 65)", { age: "6.5e1" }, false],
  ["(lte $age 65)", { age: "65.0" }, true],
  ["(gt $age 65)", { age: "sixty" }, undefined],
  ["(gt $age 65)", { age: "" }, undefined],
  ["(gt $age 65)", { age: "0x42" }, undefined],
  ["(gt $age 65)", {}, undefined],
  ["(gt 65 $age)", { age: "10" }, true],
  ["(eq $x 3.14)", { x: "3.140" }, true],
  ["(eq $x 1.234e-5)", { x: "0.00001234" }, true],
  ["(eq $x 1)", { x: "1E+00" }, true],
  ["(eq $x -7)", { x: "-7" }, true],
  ['(eq $plan "pro")', { plan: "pro" }, true],
  ['(eq $plan "pro")', { plan: "Pro" }, false],
  ['(eq $plan "1")', { plan: "1.0" }, false],
  ["(eq $beta true)", { beta: "true" }, true],
  ["(eq $beta true)", { beta: "false" }, false],
  ["(eq $beta true)", { beta: "TRUE" }, undefined],
  ["(gt $t 2012-03-04T05:06:07-08:00)", { t: "2012-03-04T13:06:08Z" }, true],
  ["(gt $t 2012-03-04T05:06:07-08:00)", { t: "2012-03-04T13:06:07Z" }, false],
  ["(eq $t 2012-03-04T05:06:07-08:00)", { t: "2012-03-04T13:06:07.000Z" }, true],
  ["(lt $t 2024-01T)", { t: "2023-12-31" }, true],
  ["(lt $t 2024-01T)", { t: "yesterday" }, undefined],
  ['(lt $v "m")', { v: "a" }, true],
  ["(eq $a $b)", { a: "1", b: "1.0" }, true],
  ["(eq $a $b)", { a: "x", b: "x" }, true],
  ["(lt $a $b)", { a: "9", b: "10" }, true],
  ["(lt $a $b)", { a: "b", b: "a" }, false],
  ["(eq 1 1)", {}, true],
  // string operators: case-sensitive
  ['(begins_with $state "A")', { state: "Arizona" }, true],
  ['(begins_with $state "A")', { state: "arizona" }, false],
  ['(ends_with $email "@example.com")', { email: "a@example.com" }, true],
  ['(contains $promoCode "WIN")', { promoCode: "BIGWIN24" }, true],
  ['(contains $promoCode "WIN")', { promoCode: "win" }, false],
  ['(contains $promoCode "WIN")', {}, undefined],
  // in: any item equal under its own typing
  ['(in $userId ["123", "456"])', { userId: "456" }, true],
  ['(in $userId ["123", "456"])', { userId: "789" }, false],
  ["(in $n [1, 2])", { n: "2.0" }, true],
  ['(in $n [1, "two"])', { n: "two" }, true],
  ["(in $n [1, 2])", { n: "two" }, undefined],
  ["(in $n [])", { n: "x" }, false],
  // matches: unanchored search
  ['(matches in::$greeting pattern::"h.*y")', { greeting: "oh hey you" }, true],
  ['(matches in::$greeting pattern::"^h.*y$")', { greeting: "oh hey" }, false],
  ['(matches in::$locale pattern::"^fr")', { locale: "fr-CA" }, true],
  ['(matches in::$locale pattern::"^fr")', {}, undefined],
  // exists: presence only, an empty value counts
  ['(exists key::"beta")', { beta: "" }, true],
  ['(exists key::"beta")', {}, false],
  ['(exists key::"constructor")', {}, false],
  // logic with unknown
  ['(not (exists key::"beta"))', {}, true],
  ['(not (eq $plan "pro"))', { plan: "free" }, true],
  ['(not (eq $plan "pro"))', {}, undefined],
  ['(and (exists key::"beta") (in $plan ["pro", "team"]))', { beta: "1", plan: "team" }, true],
  ['(and (exists key::"beta") (in $plan ["pro", "team"]))', { plan: "team" }, false],
  ['(and (eq $a "x") (eq $b "y"))', { a: "x" }, undefined],
  ['(and (eq $a "x") (eq $b "y"))', { a: "z" }, false],
  ['(or (eq $a "x") (eq $b "y"))', { a: "x" }, true],
  ['(or (eq $a "x") (eq $b "y"))', { a: "z" }, undefined],
  ['(or (eq $a "x") (eq $b "y"))', { a: "z", b: "z" }, false],
  ['(and (eq $a "x") (eq $b "y") (eq $c "z"))', { a: "x", b: "y", c: "z" }, true],
  ['(or (begins_with $country "U") (matches in::$locale pattern::"^fr"))', { country: "Germany", locale: "fr-FR" }, true],
];

describe("evaluateRule", () => {
  it.each(cases)("%s with %j → %s", (text, context, expected) => {
    expect(evaluateRule(rule(text), context)).toBe(expected);
  });

  it("does not read inherited properties as context keys", () => {
    expect(evaluateRule(rule('(eq $toString "x")'), {})).toBeUndefined();
  });
});

describe("evaluateRule: split", () => {
  const users = Array.from({ length: 20_000 }, (_, index) => `user-${index}`);
  const share = (text: string, flagKey?: string) =>
    users.filter((userId) => evaluateRule(rule(text), { userId }, flagKey === undefined ? {} : { flagKey })).length / users.length;

  it("is deterministic and missing `by` is unknown", () => {
    const split = rule('(split pct::50 by::$userId seed::"abc")');
    expect(evaluateRule(split, { userId: "u1" })).toBe(evaluateRule(split, { userId: "u1" }));
    expect(evaluateRule(split, {})).toBeUndefined();
  });

  it.each([0, 10, 25, 50, 100])("puts about %i%% of values in the split", (pct) => {
    expect(Math.abs(share(`(split pct::${pct} by::$userId seed::"s")`) - pct / 100)).toBeLessThan(0.015);
  });

  it("lets pct::0 match nobody and pct::100 everybody", () => {
    expect(share('(split pct::0 by::$userId seed::"s")')).toBe(0);
    expect(share('(split pct::100 by::$userId seed::"s")')).toBe(1);
  });

  it("overlaps successive splits of one flag without seeds, as AWS documents (§2.4)", () => {
    const inA = (userId: string) => evaluateRule(rule("(split pct::20 by::$userId)"), { userId }, { flagKey: "f" });
    const bOnly = (pct: number) =>
      users.filter((userId) => !inA(userId) && evaluateRule(rule(`(split pct::${pct} by::$userId)`), { userId }, { flagKey: "f" })).length / users.length;
    expect(bOnly(20)).toBe(0);
    expect(Math.abs(bOnly(25) - 0.05)).toBeLessThan(0.01);
  });

  it("makes differently seeded splits independent: B gets 25% of the remaining 80%", () => {
    const b = users.filter(
      (userId) =>
        !evaluateRule(rule('(split pct::20 by::$userId seed::"a")'), { userId }) &&
        evaluateRule(rule('(split pct::25 by::$userId seed::"b")'), { userId }),
    ).length;
    expect(Math.abs(b / users.length - 0.2)).toBeLessThan(0.015);
  });

  it("seeds unseeded splits with the flag key, so two flags split differently", () => {
    expect(share("(split pct::50 by::$userId)", "one")).not.toBe(0);
    const same = users.filter(
      (userId) =>
        evaluateRule(rule("(split pct::50 by::$userId)"), { userId }, { flagKey: "one" }) ===
        evaluateRule(rule("(split pct::50 by::$userId)"), { userId }, { flagKey: "two" }),
    ).length;
    expect(Math.abs(same / users.length - 0.5)).toBeLessThan(0.02);
  });
});
