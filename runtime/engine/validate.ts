import type { ValidationIssue } from "../types.js";
import { checkDocumentBounds } from "./document-bounds.js";
import { describeValue, isJsonObject, memberOf, type JsonObject } from "./json-shape.js";
import { pythonTruthy } from "./python-values.js";
import { validateCondition } from "./validate-condition.js";

type Path = readonly (string | number)[];

function prefixed(prefix: Path, issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message }));
}

function isNonEmptyObject(value: unknown): value is JsonObject {
  return isJsonObject(value) && Object.keys(value).length > 0;
}

/**
 * Whether a feature definition is a boolean feature: `boolean_type` absent, or
 * present and truthy by Python's rules (`"false"` is truthy, `null` is not).
 * @example isBooleanFeature({ default: 0, boolean_type: null }) // false
 */
export function isBooleanFeature(feature: JsonObject): boolean {
  const booleanType = memberOf(feature, "boolean_type");
  return booleanType === undefined || pythonTruthy(booleanType);
}

function validateRule(name: string, rule: unknown, booleanFeature: boolean): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (name === "") issues.push({ path: [], message: "rule name must be a non-empty string" });
  if (!isNonEmptyObject(rule)) {
    issues.push({ path: [], message: `rule must be a non-empty object; found ${describeValue(rule)}` });
    return issues;
  }
  const whenMatch = memberOf(rule, "when_match");
  if (booleanFeature && typeof whenMatch !== "boolean") {
    issues.push({
      path: ["when_match"],
      message: `when_match must be true or false in a boolean feature; found ${describeValue(whenMatch)}`,
    });
  }
  const conditions = memberOf(rule, "conditions");
  if (!Array.isArray(conditions) || conditions.length === 0) {
    issues.push({ path: ["conditions"], message: `conditions must be a non-empty array; found ${describeValue(conditions)}` });
    return issues;
  }
  conditions.forEach((condition, index) => {
    issues.push(...prefixed(["conditions", index], validateCondition(condition)));
  });
  return issues;
}

/**
 * Every defect of one feature definition, with paths relative to the feature
 * (`["default"]`, `["rules", "r1", "conditions", 0, "value"]`, …).
 * @example validateFeature({ default: "on" }) // default must be a boolean
 */
export function validateFeature(feature: unknown): ValidationIssue[] {
  if (!isNonEmptyObject(feature)) {
    return [{ path: [], message: `feature must be a non-empty object; found ${describeValue(feature)}` }];
  }
  const issues: ValidationIssue[] = [];
  const booleanFeature = isBooleanFeature(feature);
  const defaultValue = memberOf(feature, "default");
  if (defaultValue === undefined || defaultValue === null) {
    issues.push({ path: ["default"], message: "feature must have a default that is not null" });
  } else if (booleanFeature && typeof defaultValue !== "boolean") {
    issues.push({
      path: ["default"],
      message: `default must be true or false; found ${describeValue(defaultValue)} (set "boolean_type": false for other values)`,
    });
  }
  const rules = memberOf(feature, "rules");
  if (!pythonTruthy(rules)) return issues;
  if (!isJsonObject(rules)) {
    issues.push({ path: ["rules"], message: `rules must be an object of named rules; found ${describeValue(rules)}` });
    return issues;
  }
  for (const name of Object.keys(rules)) {
    if (memberOf(rules, name) === undefined) continue;
    issues.push(...prefixed(["rules", name], validateRule(name, memberOf(rules, name), booleanFeature)));
  }
  return issues;
}

/**
 * Every defect of a feature-flags document (Powertools schema); `[]` means valid.
 * Unlike Powertools, which stops at the first defect, all defects are reported. The
 * document must also be plain JSON, at most 64 levels deep and 1,000,000 values
 * large; those bounds are checked first, without recursion.
 * @example validateDocument({ beta: { default: "yes" } }) // [{ path: ["beta", "default"], message: … }]
 */
export function validateDocument(document: unknown): ValidationIssue[] {
  const bounds = checkDocumentBounds(document);
  if (bounds.tooLarge) return bounds.issues;
  const issues = [...bounds.issues];
  if (!isJsonObject(document)) {
    issues.push({ path: [], message: `document must be an object of features; found ${describeValue(document)}` });
    return issues;
  }
  for (const name of Object.keys(document)) {
    if (memberOf(document, name) === undefined) continue;
    issues.push(...prefixed([name], validateFeature(memberOf(document, name))));
  }
  return issues;
}
