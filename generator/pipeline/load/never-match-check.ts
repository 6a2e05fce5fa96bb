import { ACTIONS, isRuleAction, type ImpossibleValue } from "@flagtype/runtime/tooling";
import { describePath, type DocumentFinding } from "./document-finding.js";
import { LOAD_CODES } from "./load-codes.js";
import type { JsonPath } from "./loaded-file.js";
import { scheduleNeverMatch } from "./schedule-never-match.js";

type JsonObject = Readonly<Record<string, unknown>>;

/** Why a value the action table marks as impossible makes the comparison raise, for the message. */
const REASONS: Readonly<Record<ImpossibleValue, (action: string, value: unknown) => string | undefined>> = {
  "not-a-string": (action, value) =>
    typeof value === "string" ? undefined : `Python's ${action === "STARTSWITH" ? "startswith" : "endswith"} needs a string; use a string value`,
  "a-scalar": (_action, value) =>
    typeof value === "number" || typeof value === "boolean"
      ? `Python's "in" needs a list, string or object; use a list, e.g. [${JSON.stringify(value)}]`
      : undefined,
  // An array value can still be ordered against (a shorter context array is smaller).
  "an-object": (_action, value) => (isPlainObject(value) ? "Python objects have no order" : undefined),
};

/**
 * Warns about conditions that are false for every possible context value: the comparison raises
 * in Powertools for Python whatever the context holds, and a raising comparison is a non-match
 * (also for the negated actions). The rule holding such a condition can never match.
 * Also warns about schedule conditions that Powertools validates more loosely than it evaluates
 * (see `scheduleNeverMatch`). Points at the condition's `value` (or the schedule field at fault).
 * A `null` value is the validator's error, not this warning.
 * @example findNeverMatchingConditions({ f: { default: false, rules: { r: { when_match: true,
 *   conditions: [{ action: "IN", key: "tier", value: 5 }] } } } })[0]?.path // ["f", "rules", "r", "conditions", 0, "value"]
 */
export function findNeverMatchingConditions(document: unknown): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  for (const [name, feature] of objectEntries(document)) {
    for (const [ruleName, rule] of objectEntries(memberOf(feature, "rules"))) {
      const conditions = memberOf(rule, "conditions");
      if (!Array.isArray(conditions)) continue;
      conditions.forEach((condition: unknown, index) => {
        const finding = neverMatchFinding(condition, [name, "rules", ruleName, "conditions", index]);
        if (finding) findings.push(finding);
      });
    }
  }
  return findings;
}

function neverMatchFinding(condition: unknown, path: JsonPath): DocumentFinding | undefined {
  const action = memberOf(condition, "action");
  const value = memberOf(condition, "value");
  if (typeof action !== "string" || value === undefined || value === null) return undefined;
  const schedule = scheduleNeverMatch(action, memberOf(condition, "key"), value);
  if (schedule) {
    const message = `${describePath(path)} of ${describePath(path.slice(0, 3))} can never match: ${schedule.reason}`;
    return { path: [...path, "value", schedule.field], part: "value", severity: "warning", code: LOAD_CODES.neverMatches, message };
  }
  const impossible = isRuleAction(action) ? ACTIONS[action].impossibleValue : undefined;
  const reason = impossible === undefined ? undefined : REASONS[impossible](action, value);
  if (reason === undefined) return undefined;
  const rule = describePath(path.slice(0, 3));
  const negated = action.includes("NOT_") ? `, also for ${action}` : "";
  const message = `${describePath(path)} of ${rule} can never match: ${action} with ${kindOf(value)} as value raises for every context value ` +
    `and an erroring comparison is false${negated} (${reason})`;
  return { path: [...path, "value"], part: "value", severity: "warning", code: LOAD_CODES.neverMatches, message };
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (isPlainObject(value)) return "an object";
  if (typeof value === "boolean") return `the boolean ${String(value)}`;
  if (typeof value === "number") return `the number ${String(value)}`;
  return `a ${typeof value}`;
}

function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function objectEntries(value: unknown): [string, unknown][] {
  return isPlainObject(value) ? Object.entries(value) : [];
}

function memberOf(value: unknown, key: string): unknown {
  return isPlainObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}
