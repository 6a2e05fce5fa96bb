import { compileVariants, type CompiledVariants, type VariantFinding, type VariantInput } from "../../../../pipeline/load/native/rules/compile-variants.js";
import { evaluateRule, type EvaluateOptions, type EvaluationContext } from "./evaluate-rule.js";

export type { CompiledVariants, VariantFinding, VariantInput } from "../../../../pipeline/load/native/rules/compile-variants.js";

export interface VariantChoice<V extends VariantInput> {
  readonly variant: V;
  readonly index: number;
  /** False when no rule was true and the default variant was chosen. */
  readonly matched: boolean;
}

/**
 * Picks the variant AWS's order prescribes: the first whose rule is true, else the last.
 * @example chooseVariant(compiled, { plan: "pro" }).variant.name // "Beta"
 */
export function chooseVariant<V extends VariantInput>(
  compiled: CompiledVariants<V>,
  context: EvaluationContext,
  options: EvaluateOptions = {},
): VariantChoice<V> {
  const last = compiled.variants.length - 1;
  for (let index = 0; index < last; index += 1) {
    const rule = compiled.rules[index];
    const variant = compiled.variants[index];
    if (rule && variant && evaluateRule(rule, context, options) === true) return { variant, index, matched: true };
  }
  const fallback = compiled.variants[last];
  if (!fallback) throw new Error("compiled variants are never empty");
  return { variant: fallback, index: last, matched: false };
}

/**
 * Compiles and chooses in one call, for tests and one-off evaluation.
 * @example
 * evaluateVariants(DOCUMENT_B.values.new_search._variants, { email: "a@example.com" })
 * // { ok: true, choice: { variant: { name: "Staff", … }, index: 0, matched: true } }
 */
export function evaluateVariants<V extends VariantInput>(
  variants: readonly V[],
  context: EvaluationContext,
  options: EvaluateOptions = {},
): { readonly ok: true; readonly choice: VariantChoice<V> } | { readonly ok: false; readonly findings: readonly VariantFinding[] } {
  const compilation = compileVariants(variants);
  if (!compilation.ok) return compilation;
  return { ok: true, choice: chooseVariant(compilation.compiled, context, options) };
}
