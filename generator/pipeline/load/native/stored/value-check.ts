import { checkAttributeValue } from "./attribute-value-check.js";
import type { AttributeDefinition, FlagDefinition } from "./stored-document.js";
import { isPlainObject, RESERVED_VALUE_KEYS } from "./stored-document.js";
import { LIMITS, type StoredFindings, type StoredPath } from "./stored-finding.js";

/**
 * Checks a set of attribute values (a basic value's siblings of `enabled`, or a variant's
 * `attributeValues`) against the flag's declared attributes: each value satisfies its
 * constraints, undeclared keys are flagged, at most 25 values, and — when `enabled` — every
 * `required` attribute is present (a disabled answer carries no attributes, so nothing is
 * required of it).
 * @example checkAttributeValues([["max_items", 600]], true, definition, ["values", "checkout_v2"], findings)
 */
export function checkAttributeValues(
  entries: readonly [string, unknown][],
  enabled: boolean,
  definition: FlagDefinition | undefined,
  path: StoredPath,
  findings: StoredFindings,
): void {
  const declared = isPlainObject(definition?.attributes) ? (definition.attributes as Readonly<Record<string, AttributeDefinition>>) : {};
  if (entries.length > LIMITS.attributeValuesPerValue) {
    findings.error(path, `at most ${LIMITS.attributeValuesPerValue} attribute values are allowed, found ${entries.length}`);
  }
  for (const [key, value] of entries) {
    if (!Object.hasOwn(declared, key)) {
      findings.warning([...path, key], `attribute ${key} is not declared in the flag's definition`);
      checkAttributeValue(value, undefined, [...path, key], findings);
      continue;
    }
    const constraints = declared[key]?.constraints;
    checkAttributeValue(value, isPlainObject(constraints) ? constraints : undefined, [...path, key], findings);
  }
  if (!enabled) return;
  const present = new Set(entries.map(([key]) => key));
  for (const [key, attribute] of Object.entries(declared)) {
    if (attribute?.constraints?.required === true && !present.has(key)) {
      findings.error([...path, key], `required attribute ${key} is missing`);
    }
  }
}

/**
 * Checks a basic value (`{enabled, …attributes}`).
 * @example checkBasicValue({ enabled: true, max_items: 50 }, definition, ["values", "checkout_v2"], findings)
 */
export function checkBasicValue(value: Readonly<Record<string, unknown>>, definition: FlagDefinition | undefined, path: StoredPath, findings: StoredFindings): void {
  if (!Object.hasOwn(value, "enabled")) findings.warning(path, "enabled is missing: the flag is served as disabled");
  const entries = Object.entries(value).filter(([key]) => !RESERVED_VALUE_KEYS.has(key));
  checkAttributeValues(entries, value.enabled === true, definition, path, findings);
}
