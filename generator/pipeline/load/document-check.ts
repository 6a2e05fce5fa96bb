import { sortDiagnostics, type Diagnostic } from "../diagnostics.js";
import { isPathPrefix, type DocumentFinding } from "./document-finding.js";
import { findIncompatibleConditions } from "./incompatible-conditions-check.js";
import { findInexactIntegers } from "./inexact-integer-check.js";
import { findReorderedKeys } from "./key-order-check.js";
import type { PositionedJson } from "./loaded-file.js";
import { findNeverMatchingConditions } from "./never-match-check.js";
import { checkRules } from "./rule-check.js";
import { checkAgainstSchema } from "./schema-check.js";
import { findLikelyTypos } from "./typo-check.js";

/**
 * Every finding about a parsed flags document: the JSON Schema for structure, the runtime's
 * validator for the rest. One defect gives one diagnostic: a schema error is dropped when the
 * runtime reported something at the same path, an ancestor or a descendant (the runtime's
 * message is the one users also see in production logs). Likely typos in property names,
 * integer-like names the runtime orders differently from the file, conditions that can never
 * match, rules whose conditions need one key to be two kinds of value at once and integers
 * JavaScript cannot hold exactly are warnings.
 * @example checkDocument(json).map(formatDiagnostic) // ['flags/a.json:3:16 error FT030 default must be …']
 */
export function checkDocument(json: PositionedJson): Diagnostic[] {
  const ruleFindings = checkRules(json.value);
  const schemaFindings = checkAgainstSchema(json.value).filter(
    (finding) => !ruleFindings.some((rule) => overlaps(rule, finding)),
  );
  const warnings = [
    ...findLikelyTypos(json.value),
    ...findReorderedKeys(json.value, (path) => json.keysInFileOrder(path)),
    ...findNeverMatchingConditions(json.value),
    ...findIncompatibleConditions(json.value),
    ...findInexactIntegers(json.value, (path) => json.numberTextAt(path)),
  ];
  const findings = [...schemaFindings, ...ruleFindings, ...warnings];
  return sortDiagnostics(findings.map((finding) => locate(json, finding)));
}

function overlaps(a: DocumentFinding, b: DocumentFinding): boolean {
  return isPathPrefix(a.path, b.path) || isPathPrefix(b.path, a.path);
}

function locate(json: PositionedJson, finding: DocumentFinding): Diagnostic {
  const { line, column } = json.positionOf(finding.path, finding.part);
  return { file: json.file, line, column, severity: finding.severity, code: finding.code, message: finding.message };
}
