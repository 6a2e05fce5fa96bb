import { FEATURE_FLAGS_SCHEMA } from "./schema/feature-flags-schema.js";
import { closestName } from "./closest-name.js";
import { describePath, type DocumentFinding } from "./document-finding.js";
import { LOAD_CODES } from "./load-codes.js";
import type { JsonPath } from "./loaded-file.js";

type JsonObject = Readonly<Record<string, unknown>>;

const FEATURE_KEYS = propertyNamesOf("feature");
const RULE_KEYS = propertyNamesOf("rule");
const CONDITION_KEYS = propertyNamesOf("condition");

/**
 * Warns about extra properties that look like misspelt known ones (`rule` for `rules`,
 * `when_matches`): the evaluator silently ignores them, so the flag would behave as if they were
 * absent. Other extra properties (`owner`, `comment`, `KEY` next to `key`) are taken as deliberate
 * metadata and pass.
 * @example findLikelyTypos({ beta: { default: true, rule: {} } })[0]?.message
 * // 'unknown property "rule" in feature "beta" is ignored by the evaluator; did you mean "rules"?'
 */
export function findLikelyTypos(document: unknown): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  for (const [name, feature] of objectEntries(document)) {
    findings.push(...typosIn(feature, [name], FEATURE_KEYS));
    for (const [ruleName, rule] of objectEntries(memberOf(feature, "rules"))) {
      const rulePath = [name, "rules", ruleName];
      findings.push(...typosIn(rule, rulePath, RULE_KEYS));
      const conditions = memberOf(rule, "conditions");
      if (!Array.isArray(conditions)) continue;
      conditions.forEach((condition: unknown, index) => findings.push(...typosIn(condition, [...rulePath, "conditions", index], CONDITION_KEYS)));
    }
  }
  return findings;
}

function typosIn(node: unknown, path: JsonPath, known: readonly string[]): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  const keys = objectEntries(node).map(([key]) => key);
  // A known name that is already present is not what a look-alike key was meant to be (`KEY` beside `key`).
  const absent = known.filter((name) => !keys.includes(name));
  for (const key of keys) {
    const suggestion = known.includes(key) ? undefined : closestName(key, absent);
    if (suggestion === undefined) continue;
    const message = `unknown property ${JSON.stringify(key)} in ${describePath(path)} is ignored by the evaluator; did you mean ${JSON.stringify(suggestion)}?`;
    findings.push({ path: [...path, key], part: "key", severity: "warning", code: LOAD_CODES.unknownProperty, message });
  }
  return findings;
}

function objectEntries(value: unknown): [string, unknown][] {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.entries(value) : [];
}

function memberOf(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && Object.hasOwn(value, key) ? (value as JsonObject)[key] : undefined;
}

function propertyNamesOf(definitionName: string): readonly string[] {
  const definition = memberOf(memberOf(FEATURE_FLAGS_SCHEMA, "definitions"), definitionName);
  return objectEntries(memberOf(definition, "properties")).map(([key]) => key);
}
