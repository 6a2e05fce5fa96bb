import { checkRule, type RuleCheckResult } from "./rule-check.js";
import { parseRule } from "./rule-parse.js";

/**
 * Parses and checks one rule string; a syntax error becomes the single error finding.
 * @example compileRule('(in $plan ["pro", "team"])').expression?.op // "in"
 */
export function compileRule(text: string): RuleCheckResult {
  const parsed = parseRule(text);
  if (!parsed.ok) return { expression: undefined, findings: [{ severity: "error", syntax: true, ...parsed.error }] };
  return checkRule(parsed.node);
}
