import { describe, expect, it } from "vitest";
import { compileVariants } from "../../../../../../generator/pipeline/load/native/rules/compile-variants.js";
import { chooseVariant, evaluateVariants } from "../../../../../../generator/commands/serve/native/evaluate/evaluate-variant.js";
import { DOCUMENT_B, DOCUMENT_C, DOCUMENT_D } from "../../../../../support/native/doc-examples.js";

const search = DOCUMENT_B.values.new_search._variants;

function chosen(variants: readonly { name: string; rule?: string }[], context: Record<string, string>, flagKey?: string): string {
  const result = evaluateVariants(variants, context, flagKey === undefined ? {} : { flagKey });
  if (!result.ok) throw new Error(result.findings.map((finding) => finding.message).join("; "));
  return result.choice.variant.name;
}

describe("evaluateVariants on the doc's examples", () => {
  it.each([
    [{ email: "ann@example.com" }, "Staff"],
    [{ email: "ann@example.com", beta: "yes", plan: "pro" }, "Staff"],
    [{ beta: "", plan: "team" }, "Beta"],
    [{ beta: "1", plan: "free" }, "Default"],
    [{ plan: "pro" }, "Default"],
    [{}, "Default"],
  ])("B with %j → %s (first true rule wins, else the default)", (context, name) => {
    expect(chosen(search, context)).toBe(name);
  });

  it.each([
    [{ country: "US" }, "Holiday"],
    [{ locale: "fr-BE" }, "Holiday"],
    [{ country: "DE", locale: "de-DE" }, "Plain"],
    [{}, "Plain"],
  ])("D with %j → %s", (context, name) => {
    expect(chosen(DOCUMENT_D.values.banner._variants, context)).toBe(name);
  });

  it("C rolls out to about a quarter of users, the same ones every time", () => {
    const users = Array.from({ length: 10_000 }, (_, index) => `u${index}`);
    const rollout = users.filter((userId) => chosen(DOCUMENT_C.values.fast_path._variants, { userId }) === "Rollout");
    expect(Math.abs(rollout.length / users.length - 0.25)).toBeLessThan(0.02);
    expect(users.filter((userId) => chosen(DOCUMENT_C.values.fast_path._variants, { userId }) === "Rollout")).toEqual(rollout);
  });

  it("reports the index and whether a rule matched", () => {
    const compiled = compileVariants(search);
    if (!compiled.ok) throw new Error("compile failed");
    expect(chooseVariant(compiled.compiled, { beta: "1", plan: "pro" })).toMatchObject({ index: 1, matched: true });
    expect(chooseVariant(compiled.compiled, {})).toMatchObject({ index: 2, matched: false, variant: { name: "Default", enabled: false } });
  });
});

describe("compileVariants findings", () => {
  it("needs a default variant, and only the default may lack a rule", () => {
    expect(compileVariants([])).toEqual({ ok: false, findings: [{ variant: 0, severity: "error", message: "a multi-variant flag needs at least its default variant" }] });
    expect(compileVariants([{ name: "A" }, { name: "B", rule: '(eq $a "x")' }]).findings).toEqual([
      { variant: 0, severity: "error", message: "only the last (default) variant may lack a rule" },
      { variant: 1, severity: "error", message: "the default (last) variant must not have a rule" },
    ]);
  });

  it("passes rule findings on with their offsets, and keeps warnings without failing", () => {
    expect(compileVariants([{ name: "A", rule: "(gt $age true)" }, { name: "D" }]).findings).toEqual([
      { variant: 0, severity: "error", offset: 9, length: 4, message: "gt orders numbers and timestamps, not booleans" },
    ]);
    const warned = compileVariants([{ name: "A", rule: "(in $a [])" }, { name: "D" }]);
    expect(warned.ok).toBe(true);
    expect(warned.findings).toHaveLength(1);
  });

  it("treats an empty rule string as a rule (that fails to parse), not as no rule", () => {
    expect(compileVariants([{ name: "A", rule: "" }, { name: "D" }]).findings[0]?.message).toMatch(/^empty rule/);
    expect(compileVariants([{ name: "D", rule: "" }]).findings[0]?.message).toBe("the default (last) variant must not have a rule");
  });
});
