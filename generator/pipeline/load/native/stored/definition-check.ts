import { compile } from "./attribute-value-check.js";
import type { AttributeConstraints } from "./stored-document.js";
import { isPlainObject } from "./stored-document.js";
import { LIMITS, type StoredFindings, type StoredPath } from "./stored-finding.js";

/**
 * Checks one flag definition's attributes beyond the schema: `enabled` is reserved, enums hold
 * at most 100 entries, patterns compile, and a minimum is not above its maximum.
 * @example checkDefinition({ attributes: { enabled: {} } }, ["flags", "f"], findings) // reports the reserved key
 */
export function checkDefinition(definition: unknown, path: StoredPath, findings: StoredFindings): void {
  if (!isPlainObject(definition) || !isPlainObject(definition.attributes)) return;
  for (const [key, attribute] of Object.entries(definition.attributes)) {
    const attributePath = [...path, "attributes", key];
    if (key === "enabled") findings.error(attributePath, '"enabled" is reserved and cannot be an attribute key');
    if (!isPlainObject(attribute) || !isPlainObject(attribute.constraints)) continue;
    const constraints = attribute.constraints as unknown as AttributeConstraints;
    checkConstraints(constraints, [...attributePath, "constraints"], findings);
    if (constraints.type === "array" && isPlainObject(constraints.elements)) {
      checkConstraints(constraints.elements, [...attributePath, "constraints", "elements"], findings);
    }
  }
}

function checkConstraints(constraints: AttributeConstraints, path: StoredPath, findings: StoredFindings): void {
  if (constraints.type === "string") {
    if (Array.isArray(constraints.enum) && constraints.enum.length > LIMITS.enumEntries) {
      findings.error([...path, "enum"], `an enum holds at most ${LIMITS.enumEntries} entries, found ${constraints.enum.length}`);
    }
    if (typeof constraints.pattern === "string" && compile(constraints.pattern) === undefined) {
      findings.error([...path, "pattern"], `${constraints.pattern} is not a valid regular expression`);
    }
  }
  if (constraints.type === "number") {
    const { minimum, maximum } = constraints;
    if (typeof minimum === "number" && typeof maximum === "number" && minimum > maximum) {
      findings.error(path, `minimum ${minimum} is above maximum ${maximum}: no value can satisfy it`);
    }
  }
}
