import { isJsonObject, memberOf, pythonTruthy } from "@flagtype/runtime/tooling";
import type { JsonValue, RuleAction } from "@flagtype/runtime";
import type { JsonPath } from "../load/loaded-file.js";

/** One feature of a validated document, with where it sits. */
export interface FeatureEntry {
  readonly key: string;
  readonly path: JsonPath;
  readonly isBoolean: boolean;
  readonly defaultValue: JsonValue;
  readonly description?: string;
  readonly rules: readonly RuleEntry[];
}

export interface RuleEntry {
  readonly name: string;
  readonly path: JsonPath;
  /** The rule's value; `null` when a value flag's rule has no `when_match` (what evaluation returns). */
  readonly whenMatch: JsonValue;
  readonly conditions: readonly ConditionEntry[];
}

export interface ConditionEntry {
  readonly action: RuleAction;
  readonly key: string;
  readonly value: JsonValue;
  readonly path: JsonPath;
}

/**
 * The features of a document that already passed `validateDocument`, in document order.
 * Reads with the reference's meaning: `boolean_type` by truthiness, falsy `rules` mean none.
 */
export function readFeatures(document: unknown): FeatureEntry[] {
  if (!isJsonObject(document)) return [];
  return Object.keys(document).map((key) => readFeature(key, memberOf(document, key)));
}

function readFeature(key: string, definition: unknown): FeatureEntry {
  const feature = isJsonObject(definition) ? definition : {};
  const path = [key];
  const isBoolean = !Object.hasOwn(feature, "boolean_type") || pythonTruthy(memberOf(feature, "boolean_type"));
  const description = memberOf(feature, "description");
  const rules = memberOf(feature, "rules");
  return {
    key,
    path,
    isBoolean,
    defaultValue: memberOf(feature, "default") as JsonValue,
    ...(typeof description === "string" ? { description } : {}),
    rules: isJsonObject(rules) ? Object.keys(rules).map((name) => readRule(path, name, memberOf(rules, name))) : [],
  };
}

function readRule(featurePath: JsonPath, name: string, definition: unknown): RuleEntry {
  const rule = isJsonObject(definition) ? definition : {};
  const path = [...featurePath, "rules", name];
  const conditions = memberOf(rule, "conditions");
  return {
    name,
    path,
    whenMatch: (memberOf(rule, "when_match") ?? null) as JsonValue,
    conditions: Array.isArray(conditions)
      ? conditions.map((condition: unknown, index) => readCondition([...path, "conditions", index], condition))
      : [],
  };
}

function readCondition(path: JsonPath, definition: unknown): ConditionEntry {
  const condition = isJsonObject(definition) ? definition : {};
  return {
    action: memberOf(condition, "action") as RuleAction,
    key: String(memberOf(condition, "key")),
    value: memberOf(condition, "value") as JsonValue,
    path,
  };
}
