import { checkRule } from "../../../../pipeline/load/native/rules/rule-check.js";
import { parseRule } from "../../../../pipeline/load/native/rules/rule-parse.js";
import { escapeIonText, printRule } from "../../../../pipeline/load/native/rules/rule-print.js";
import type { StoredDocument, StoredVariant } from "../../../../pipeline/load/native/stored/stored-document.js";
import { isMultiVariant } from "../../../../pipeline/load/native/stored/stored-document.js";
import { basicAnswer, variantAnswer, type FlagAnswer } from "./flag-answer.js";

/** A rule that cannot be written into the Ion document. */
export interface IonRenderFinding {
  readonly flag: string;
  readonly variant: number;
  readonly message: string;
  readonly offset?: number;
}

export type IonRenderResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly findings: readonly IonRenderFinding[] };

/**
 * Renders the retrieval-time Ion document of a profile (doc §3.2): one top-level value per
 * defined flag, annotated with the flag key. A basic flag is a long string holding its answer
 * JSON; a multi-variant flag is a list of `[rule, content]` pairs in evaluation order, then the
 * default variant's bare content string. Rules are re-printed from their parse (canonical Ion,
 * no comments), so rule text cannot break the surrounding document. Content strings hold
 * `{_variant, enabled, …attributes}`; attributes of disabled variants are dropped, so the agent
 * answers as the service does whether or not it strips them itself (AWS does not say).
 * @example toRetrievalIon(DOCUMENT_D).ok // true; text starts with "'banner'::[\n"
 */
export function toRetrievalIon(document: StoredDocument): IonRenderResult {
  const parts: string[] = [];
  const findings: IonRenderFinding[] = [];
  for (const key of Object.keys(document.flags ?? {})) {
    const value = Object.hasOwn(document.values ?? {}, key) ? document.values?.[key] : undefined;
    const annotation = `'${escapeIonText(key, "'")}'::`;
    if (!isMultiVariant(value)) {
      parts.push(`${annotation}${longString(basicAnswer(value))}\n`);
      continue;
    }
    const lines = value._variants.map((variant, index) => variantLine(key, variant, index, value._variants.length, findings));
    parts.push(`${annotation}[\n${lines.join(",\n")}\n]\n`);
  }
  return findings.length > 0 ? { ok: false, findings } : { ok: true, text: parts.join("") };
}

function variantLine(flag: string, variant: StoredVariant, index: number, count: number, findings: IonRenderFinding[]): string {
  const content = longString(variantAnswer(variant));
  const isDefault = index === count - 1;
  if (isDefault) {
    if (variant.rule !== undefined) findings.push({ flag, variant: index, message: "the default (last) variant must not have a rule" });
    return `  ${content}`;
  }
  if (variant.rule === undefined) {
    findings.push({ flag, variant: index, message: "only the last (default) variant may lack a rule" });
    return "";
  }
  const parsed = parseRule(variant.rule);
  if (!parsed.ok) {
    findings.push({ flag, variant: index, message: parsed.error.message, offset: parsed.error.offset });
    return "";
  }
  for (const finding of checkRule(parsed.node).findings) {
    if (finding.severity === "error") findings.push({ flag, variant: index, message: finding.message, offset: finding.offset });
  }
  return `  [${printRule(parsed.node)}, ${content}]`;
}

/** JSON text inside an Ion long string; `\` and `'` are escaped so the JSON reads back unchanged. */
function longString(answer: FlagAnswer): string {
  return `'''${escapeIonText(JSON.stringify(answer), "'")}'''`;
}
