import type { ErrorObject } from "ajv";
import { sortDiagnostics, type Diagnostic } from "../../diagnostics.js";
import { isPathPrefix, isScalarAt, type DocumentFinding } from "../document-finding.js";
import { LOAD_CODES } from "../load-codes.js";
import type { JsonPath, PositionedJson } from "../loaded-file.js";
import { findingsOfSchemaErrors, pointerToPath } from "../schema-errors.js";
import { isJsonObject, memberOf } from "@flagtype/runtime/tooling";
import { validateNativeSchema } from "./native-schema.js";
import { checkStoredDocument } from "./stored/stored-check.js";
import type { StoredFinding } from "./stored/stored-finding.js";

/**
 * Every finding about a native (`AWS.AppConfig.FeatureFlags`) stored document: AppConfig's JSON
 * Schema for structure, then what AppConfig checks on save (values against definitions and
 * constraints, reserved names, limits, variant order) and every variant rule, findings inside a
 * rule pointing at the offending character. One defect gives one diagnostic: a schema error is
 * dropped when a save-time check reports the same member, an ancestor or a descendant. A flag
 * whose planned deprecation date is before `today` (`YYYY-MM-DD`) is a warning: AppConfig does not
 * switch it off, so the code and the profile should drop it.
 * @example checkNativeDocument(json, "2026-12-02").map(formatDiagnostic) // ['flags/shop.json:7:21 error FT063 unknown operator eqq …']
 */
export function checkNativeDocument(json: PositionedJson, today: string): Diagnostic[] {
  const stored = [...checkStoredDocument(json.value), ...pastDeprecations(json.value, today)];
  const storedErrors = stored.filter((finding) => finding.severity === "error");
  const schema = schemaFindings(json.value).filter(
    (finding) => !storedErrors.some((error) => isPathPrefix(error.path, finding.path) || isPathPrefix(finding.path, error.path)),
  );
  return sortDiagnostics([
    ...schema.map((finding) => located(json, finding.path, finding.part, finding)),
    ...stored.map((finding) => locatedStored(json, finding)),
  ]);
}

/** Flags whose `_deprecation.date` has passed, as warnings at the date. */
function pastDeprecations(document: unknown, today: string): StoredFinding[] {
  const flags = isJsonObject(document) ? memberOf(document, "flags") : undefined;
  if (!isJsonObject(flags)) return [];
  return Object.keys(flags).flatMap((key): StoredFinding[] => {
    const definition = memberOf(flags, key);
    const deprecation = isJsonObject(definition) ? memberOf(definition, "_deprecation") : undefined;
    const planned = isJsonObject(deprecation) ? memberOf(deprecation, "date") : undefined;
    if (typeof planned !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(planned) || planned >= today) return [];
    const message = `flag ${key} was planned for deprecation on ${planned}; AppConfig keeps serving it: remove its uses and then the flag`;
    return [{ path: ["flags", key, "_deprecation", "date"], severity: "warning", message, deprecation: true }];
  });
}

/** How a member of a native document reads in messages: `flags.checkout_v2.attributes.max_items`, `_variants[1]`. */
export function describeNativePath(path: JsonPath): string {
  if (path.length === 0) return "the document";
  return path.map((segment, index) => (typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join("");
}

/** AWS's `oneOf`s report every branch; one finding per alternative reads better. */
function schemaFindings(document: unknown): DocumentFinding[] {
  const errors = validateNativeSchema(document);
  const alternatives = errors.filter((error) => error.keyword === "oneOf");
  const outermost = alternatives.filter(
    (error) => !alternatives.some((other) => other !== error && isPathPrefix(pathOf(other, document), pathOf(error, document)) && other.instancePath.length < error.instancePath.length),
  );
  const covered = (error: ErrorObject) => outermost.some((alternative) => isPathPrefix(pathOf(alternative, document), pathOf(error, document)));
  const plain = errors.filter((error) => !covered(error));
  const seen = new Set<string>();
  const summaries = outermost.flatMap((error) => {
    const path = pathOf(error, document);
    const id = JSON.stringify(path);
    if (seen.has(id)) return [];
    seen.add(id);
    return [alternativeFinding(path, errors.filter((other) => other !== error && isPathPrefix(path, pathOf(other, document))))];
  });
  return [...findingsOfSchemaErrors(plain, document, describeNativePath), ...summaries];
}

/** The one finding for a value that matches none (or several) of AWS's alternatives. */
function alternativeFinding(path: JsonPath, branchErrors: readonly ErrorObject[]): DocumentFinding {
  const subject = describeNativePath(path);
  const last = path.at(-1);
  if (last === "constraints" || last === "elements") {
    const kinds = last === "constraints" ? '"string", "number", "boolean" or "array"' : '"string" or "number"';
    const unknown = branchErrors.filter((error) => error.keyword === "additionalProperties").map((error) => JSON.stringify(error.params["additionalProperty"]));
    const detail = unknown.length > 0 ? `; ${[...new Set(unknown)].join(", ")} is not a keyword of its type` : "";
    return { path, part: "value", severity: "error", code: LOAD_CODES.valueNotAllowed, message: `${subject} must be constraints with "type" ${kinds} and only that type's keywords${detail}` };
  }
  const message =
    `${subject} must be a string (up to 1,024 characters), a number, a boolean, or a non-empty array of only strings or only numbers`;
  return { path, part: "value", severity: "error", code: LOAD_CODES.wrongType, message };
}

function pathOf(error: ErrorObject, document: unknown): JsonPath {
  return pointerToPath(error.instancePath, document);
}

/** Findings inside a rule point into the rule string; the others at the member (its key when it is missing or a container). */
function locatedStored(json: PositionedJson, finding: StoredFinding): Diagnostic {
  const code =
    finding.deprecation ? LOAD_CODES.deprecationPassed
    : finding.rule === "syntax" ? LOAD_CODES.ruleSyntax
    : finding.rule === "language" ? (finding.severity === "error" ? LOAD_CODES.ruleInvalid : LOAD_CODES.ruleWarning)
    : finding.severity === "error" ? LOAD_CODES.nativeInvalid : LOAD_CODES.nativeWarning;
  const message = `${describeNativePath(finding.path)}: ${finding.message}`;
  if (finding.offset !== undefined) {
    const { line, column } = json.positionInString(finding.path, finding.offset);
    return { file: json.file, line, column, severity: finding.severity, code, message };
  }
  return located(json, finding.path, isScalarAt(json.value, finding.path) ? "value" : "key", { severity: finding.severity, code, message });
}

function located(json: PositionedJson, path: JsonPath, part: "key" | "value", finding: Pick<DocumentFinding, "severity" | "code" | "message">): Diagnostic {
  const { line, column } = json.positionOf(path, part);
  return { file: json.file, line, column, severity: finding.severity, code: finding.code, message: finding.message };
}
