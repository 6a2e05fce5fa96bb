import { describe, expect, it } from "vitest";
import { inferContext, type InferredContext } from "../../../../../generator/pipeline/model/native/context-infer.js";
import { compileRule } from "../../../../../generator/pipeline/load/native/rules/rule-compile.js";
import type { RuleExpression } from "../../../../../generator/pipeline/load/native/rules/rule-expression.js";
import { DOCUMENT_B } from "../../../../support/native/doc-examples.js";

function rules(...texts: (string | undefined)[]): (RuleExpression | undefined)[] {
  return texts.map((text) => {
    if (text === undefined) return undefined;
    const { expression, findings } = compileRule(text);
    if (!expression) throw new Error(`${text}: ${findings.map((f) => f.message).join("; ")}`);
    return expression;
  });
}

/** `name: types` with `?` for optional keys. */
function summary(context: InferredContext): string[] {
  return context.keys.map((key) => `${key.name}${key.optional ? "?" : ""}: ${key.types.join(" | ")}`);
}

describe("inferContext: types per operator", () => {
  it.each([
    ["(gt $age 65)", "age: number"],
    ["(lte $score 3.14)", "score: number"],
    ["(gt $at 2012-03-04T05:06:07-08:00)", "at: string"],
    ["(gte $version \"2\")", "version: string"],
    ['(eq $plan "pro")', "plan: string"],
    ["(eq $count 1.234e-5)", "count: number"],
    ["(eq $beta true)", "beta: boolean"],
    ["(eq $day 2024-01-31)", "day: string"],
    ["(eq 65 $age)", "age: number"],
    ['(begins_with $state "A")', "state: string"],
    ['(ends_with $email "@example.com")', "email: string"],
    ['(contains $promoCode "WIN")', "promoCode: string"],
    ['(in $userId ["123", "456"])', "userId: string"],
    ['(in $tier [1, 2, "gold"])', "tier: string | number"],
    ["(in $anything [])", "anything: string | number | boolean"],
    ['(matches in::$greeting pattern::"h.*y")', "greeting: string"],
    ['(exists key::"country")', "country?: string | number | boolean"],
    ['(split pct::10 by::$userId seed::"abc")', "userId: string"],
  ])("%s → %s", (text, expected) => {
    expect(summary(inferContext(rules(text)))).toEqual([expected]);
  });

  it("leaves a key compared only with another key unconstrained", () => {
    expect(summary(inferContext(rules("(eq $a $b)")))).toEqual(["a: string | number | boolean", "b: string | number | boolean"]);
  });

  it("types a string operator's key as string even when its partner is another key", () => {
    expect(summary(inferContext(rules("(begins_with $a $b)")))).toEqual(["a: string", "b: string"]);
  });
});

describe("inferContext: keys across a flag's variants", () => {
  it("reads example B's rules: beta only tested for presence, plan and email required", () => {
    const variantRules = DOCUMENT_B.values.new_search._variants.map((variant) => ("rule" in variant ? variant.rule : undefined));
    const context = inferContext(rules(...variantRules));
    expect(summary(context)).toEqual(["beta?: string | number | boolean", "email: string", "plan: string"]);
    expect(context.conflicts).toEqual([]);
    expect(context.keys.find((key) => key.name === "beta")?.uses).toEqual([{ rule: 1, offset: 18, length: 6, operator: "exists", types: undefined }]);
  });

  it("makes a key required once any use reads its value, and narrows to the common type", () => {
    const context = inferContext(rules('(exists key::"tier")', '(in $tier [1, "gold"])', "(gt $tier 2)"));
    expect(summary(context)).toEqual(["tier: number"]);
    expect(context.conflicts).toEqual([]);
  });

  it("reports a conflict with every constraining use, and keeps the union as the type", () => {
    const context = inferContext(rules("(gt $plan 3)", undefined, '(begins_with $plan "p")', '(exists key::"plan")'));
    expect(summary(context)).toEqual(["plan: string | number"]);
    expect(context.conflicts).toEqual([
      {
        key: "plan",
        message: "context key plan is used with incompatible types: number (gt in rule 0), string (begins_with in rule 2)",
        locations: [
          { rule: 0, offset: 4, length: 5 },
          { rule: 2, offset: 13, length: 5 },
        ],
      },
    ]);
  });

  it("collects keys inside and, or and not, sorted by name", () => {
    const context = inferContext(rules('(or (not (eq $z 1)) (and (eq $a "x") (exists key::"m")))'));
    expect(summary(context)).toEqual(["a: string", "m?: string | number | boolean", "z: number"]);
  });

  it("returns nothing for a flag without rules", () => {
    expect(inferContext([undefined])).toEqual({ keys: [], conflicts: [] });
  });
});
