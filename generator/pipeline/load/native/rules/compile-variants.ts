import type { RuleExpression } from "./rule-expression.js";
import { compileRule } from "./rule-compile.js";

/** The fields of a stored variant (`values.<flag>._variants[i]`) that evaluation reads. */
export interface VariantInput {
  readonly name: string;
  readonly rule?: string;
}

/** A problem that stops a flag's variants from being evaluated; `offset`/`length` index the rule. */
export interface VariantFinding {
  readonly variant: number;
  readonly severity: "error" | "warning";
  /** Set when the variant's rule does not parse. */
  readonly syntax?: true;
  readonly message: string;
  readonly offset?: number;
  readonly length?: number;
}

/** Variants with their checked rules; the last one (the default) has none. */
export interface CompiledVariants<V extends VariantInput> {
  readonly variants: readonly V[];
  readonly rules: readonly (RuleExpression | undefined)[];
}

export type VariantCompilation<V extends VariantInput> =
  | { readonly ok: true; readonly compiled: CompiledVariants<V>; readonly findings: readonly VariantFinding[] }
  | { readonly ok: false; readonly findings: readonly VariantFinding[] };

/**
 * Parses and checks every variant's rule once. The last variant is the default and must have no
 * rule; every other variant needs one (AWS answers BadRequestException otherwise). Warnings
 * do not stop compilation.
 * @example compileVariants([{ name: "Beta", rule: '(eq $plan "pro")' }, { name: "Default" }]).ok // true
 */
export function compileVariants<V extends VariantInput>(variants: readonly V[]): VariantCompilation<V> {
  const findings: VariantFinding[] = [];
  if (variants.length === 0) findings.push({ variant: 0, severity: "error", message: "a multi-variant flag needs at least its default variant" });
  const rules = variants.map((variant, index) => {
    const isDefault = index === variants.length - 1;
    if (isDefault) {
      if (variant.rule !== undefined) findings.push({ variant: index, severity: "error", message: "the default (last) variant must not have a rule" });
      return undefined;
    }
    if (variant.rule === undefined) {
      findings.push({ variant: index, severity: "error", message: "only the last (default) variant may lack a rule" });
      return undefined;
    }
    const result = compileRule(variant.rule);
    for (const finding of result.findings) findings.push({ variant: index, ...finding });
    return result.expression;
  });
  if (findings.some((finding) => finding.severity === "error")) return { ok: false, findings };
  return { ok: true, compiled: { variants, rules }, findings };
}
