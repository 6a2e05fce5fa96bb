import { checkDefinition } from "./definition-check.js";
import type { FlagDefinition } from "./stored-document.js";
import { isPlainObject } from "./stored-document.js";
import { StoredFindings, type StoredFinding } from "./stored-finding.js";
import { checkBasicValue } from "./value-check.js";
import { checkVariants } from "./variants-check.js";

/**
 * Checks a stored feature-flag document for what AWS's JSON Schema does not express: every
 * `values` key names a defined flag; attribute values satisfy their declared constraints;
 * `enabled` is not an attribute key; the limits the schema text fails to enforce (32 variants,
 * 100 enum entries, 25 attribute values per value); the default variant is last and rule-less,
 * every other variant has a rule; every rule parses and checks. Run it beside the schema: it
 * skips members whose shape the schema already rejects, and never throws.
 * @example
 * checkStoredDocument({ version: "1", flags: {}, values: { ghost: { enabled: true } } })
 * // [{ path: ["values", "ghost"], severity: "error", message: "no flag ghost is defined in flags: every value needs a definition" }]
 */
export function checkStoredDocument(document: unknown): StoredFinding[] {
  const findings = new StoredFindings();
  if (!isPlainObject(document)) return findings.list;
  const flags = isPlainObject(document.flags) ? document.flags : {};
  const values = isPlainObject(document.values) ? document.values : {};
  for (const [key, definition] of Object.entries(flags)) {
    checkDefinition(definition, ["flags", key], findings);
    if (!Object.hasOwn(values, key)) findings.warning(["flags", key], `flag ${key} has no entry in values: it is served as disabled`);
  }
  for (const [key, value] of Object.entries(values)) {
    const path = ["values", key];
    if (!Object.hasOwn(flags, key)) {
      findings.error(path, `no flag ${key} is defined in flags: every value needs a definition`);
      continue;
    }
    if (!isPlainObject(value)) continue;
    const definition = isPlainObject(flags[key]) ? (flags[key] as FlagDefinition) : undefined;
    if (Array.isArray(value._variants)) checkVariants(value, definition, path, findings);
    else checkBasicValue(value, definition, path, findings);
  }
  return findings.list;
}
