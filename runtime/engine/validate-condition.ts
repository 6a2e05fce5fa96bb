import { RULE_ACTIONS, type ValidationIssue } from "../types.js";
import { ACTIONS, isRuleAction } from "./actions.js";
import { describeValue, isJsonObject, jsonKind, memberOf } from "./json-shape.js";

function actionIssue(action: unknown): ValidationIssue | undefined {
  if (isRuleAction(action)) return undefined;
  if (action === undefined) return { path: ["action"], message: `condition must have an action, one of ${RULE_ACTIONS.join(", ")}` };
  const kind = jsonKind(action);
  if (kind === "array" || kind === "object") {
    // Powertools raises TypeError here (an unhashable action), not SchemaValidationError.
    return { path: ["action"], message: `action must be an action name; found ${describeValue(action)}` };
  }
  const hint = typeof action === "string" ? suggestAction(action) : undefined;
  const expected = hint ? `did you mean "${hint}"? (names are case-sensitive)` : `expected one of ${RULE_ACTIONS.join(", ")}`;
  return { path: ["action"], message: `unknown action: found ${describeValue(action)}; ${expected}` };
}

function suggestAction(action: string): string | undefined {
  const normalised = action.trim().toUpperCase();
  return RULE_ACTIONS.find((name) => name === normalised);
}

/**
 * Every defect of one rule condition, with paths relative to the condition
 * (`["action"]`, `["value", "BASE"]`, …). A path may name a member that is
 * missing; its parent is then the deepest part that exists.
 * @example validateCondition({ action: "EQUALS", key: "", value: 1 }) // [{ path: ["key"], message: … }]
 */
export function validateCondition(condition: unknown): ValidationIssue[] {
  if (!isJsonObject(condition) || Object.keys(condition).length === 0) {
    return [{ path: [], message: `condition must be a non-empty object; found ${describeValue(condition)}` }];
  }
  const issues: ValidationIssue[] = [];
  const action = memberOf(condition, "action");
  const key = memberOf(condition, "key");
  const value = memberOf(condition, "value");
  const badAction = actionIssue(action);
  if (badAction) issues.push(badAction);
  const keyIsValid = typeof key === "string" && key !== "";
  if (!keyIsValid) {
    issues.push({ path: ["key"], message: `key must be a non-empty string; found ${describeValue(key)}` });
  }
  const valueIsPresent = value !== undefined && value !== null;
  if (!valueIsPresent) issues.push({ path: ["value"], message: `value must be present and not null` });
  if (isRuleAction(action)) {
    for (const issue of ACTIONS[action].validate({ key, value })) {
      const field = issue.path[0];
      // Skip a second complaint about a field the generic checks already rejected.
      if ((field === "key" && !keyIsValid) || (field === "value" && !valueIsPresent)) continue;
      issues.push(issue);
    }
  }
  return issues;
}
