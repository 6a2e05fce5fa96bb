import type { EvaluationContext } from "../evaluate/evaluate-rule.js";
import { evaluateVariants, type VariantFinding } from "../evaluate/evaluate-variant.js";
import type { StoredDocument } from "../../../../pipeline/load/native/stored/stored-document.js";
import { isMultiVariant } from "../../../../pipeline/load/native/stored/stored-document.js";
import { basicAnswer, setEntry, variantAnswer, type FlagAnswer } from "./flag-answer.js";

export type AgentAnswerResult =
  | { readonly ok: true; readonly answer: FlagAnswer }
  | { readonly ok: false; readonly reason: "unknown-flag" }
  | { readonly ok: false; readonly reason: "invalid-variants"; readonly findings: readonly VariantFinding[] };

/**
 * What the AppConfig Agent answers for one flag (`?flag=KEY`, unwrapped) given a context.
 * A basic flag answers as in the retrieval map; a multi-variant flag answers with the chosen
 * variant: `{_variant, enabled, …attributeValues}`, attributes dropped when that variant is
 * disabled. Splits are local (see `splitBucket`), seeded with the flag key when the rule has
 * no `seed::`. A flag key with no definition is `unknown-flag`.
 * @example
 * agentAnswer(DOCUMENT_D, "banner", { country: "US" })
 * // { ok: true, answer: { _variant: "Holiday", enabled: true, text: "Happy holidays" } }
 */
export function agentAnswer(document: StoredDocument, flagKey: string, context: EvaluationContext): AgentAnswerResult {
  if (!Object.hasOwn(document.flags ?? {}, flagKey)) return { ok: false, reason: "unknown-flag" };
  const value = Object.hasOwn(document.values ?? {}, flagKey) ? document.values?.[flagKey] : undefined;
  if (!isMultiVariant(value)) return { ok: true, answer: basicAnswer(value) };
  const result = evaluateVariants(value._variants, context, { flagKey });
  if (!result.ok) return { ok: false, reason: "invalid-variants", findings: result.findings };
  return { ok: true, answer: variantAnswer(result.choice.variant) };
}

/**
 * The agent's answer for the whole profile: every defined flag, keyed by flag key. Flags whose
 * variants cannot be evaluated are listed in `invalid` instead.
 * @example agentAnswers(DOCUMENT_D, {}).answers // { banner: { _variant: "Plain", … }, dark_mode: { enabled: true } }
 */
export function agentAnswers(
  document: StoredDocument,
  context: EvaluationContext,
): { readonly answers: Readonly<Record<string, FlagAnswer>>; readonly invalid: readonly string[] } {
  const answers: Record<string, FlagAnswer> = {};
  const invalid: string[] = [];
  for (const key of Object.keys(document.flags ?? {})) {
    const result = agentAnswer(document, key, context);
    if (result.ok) setEntry(answers, key, result.answer);
    else invalid.push(key);
  }
  return { answers, invalid };
}
