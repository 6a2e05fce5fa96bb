import type { ErrorObject } from "ajv";
import { closestName } from "./closest-name.js";
import type { DocumentFinding } from "./document-finding.js";
import { LOAD_CODES } from "./load-codes.js";
import type { JsonPath } from "./loaded-file.js";

/**
 * Ajv's errors as findings, at most one per path (the first Ajv reports): a missing property
 * (FT020), a wrong type (FT022), anything else not allowed (FT023). `describe` names a path in
 * messages, in the vocabulary of the document format. A schema's `errorMessage` (with Ajv's
 * `verbose`) replaces Ajv's wording.
 * @example findingsOfSchemaErrors(validate.errors ?? [], document, describePath)
 */
export function findingsOfSchemaErrors(errors: readonly ErrorObject[], document: unknown, describe: (path: JsonPath) => string): DocumentFinding[] {
  const findings = new Map<string, DocumentFinding>();
  for (const error of errors) {
    const finding = describeError(error, document, describe);
    const id = JSON.stringify(finding?.path);
    if (finding && !findings.has(id)) findings.set(id, finding);
  }
  return [...findings.values()];
}

function describeError(error: ErrorObject, document: unknown, describe: (path: JsonPath) => string): DocumentFinding | undefined {
  // `if` and `propertyNames` only summarise the errors reported inside them.
  if (error.keyword === "if" || error.keyword === "propertyNames") return undefined;
  const path = pointerToPath(error.instancePath, document);
  const custom = customMessage(error);
  if (error.propertyName !== undefined) {
    return valueNotAllowed([...path, error.propertyName], "key", custom ?? `invalid name ${JSON.stringify(error.propertyName)}`);
  }
  const subject = describe(path);
  switch (error.keyword) {
    case "required": {
      const missing = String(error.params["missingProperty"]);
      const message = `${subject} is missing required property ${JSON.stringify(missing)}`;
      return { path: [...path, missing], part: "key", severity: "error", code: LOAD_CODES.missingProperty, message };
    }
    case "type":
      return { path, part: "value", severity: "error", code: LOAD_CODES.wrongType, message: `${subject} ${custom ?? error.message ?? "has the wrong type"}` };
    case "enum":
    case "const":
      return valueNotAllowed(path, "value", `${subject} ${custom ?? describeDisallowedValue(error)}`);
    default:
      return valueNotAllowed(path, "value", `${subject} ${custom ?? error.message ?? "is not allowed"}`);
  }
}

function valueNotAllowed(path: JsonPath, part: "key" | "value", message: string): DocumentFinding {
  return { path, part, severity: "error", code: LOAD_CODES.valueNotAllowed, message };
}

function describeDisallowedValue(error: ErrorObject): string {
  const allowed = error.keyword === "const" ? [error.params["allowedValue"]] : asArray(error.params["allowedValues"]);
  const names = allowed.filter((value): value is string => typeof value === "string");
  const suggestion = typeof error.data === "string" ? closestName(error.data, names) : undefined;
  const shown = truncate(JSON.stringify(error.data) ?? "undefined");
  if (suggestion !== undefined) return `cannot be ${shown}: did you mean ${JSON.stringify(suggestion)}?`;
  return `cannot be ${shown}: expected ${allowed.length === 1 ? "" : "one of "}${allowed.map((value) => JSON.stringify(value)).join(", ")}`;
}

function customMessage(error: ErrorObject): string | undefined {
  const parent: unknown = error.parentSchema;
  if (typeof parent !== "object" || parent === null || !Object.hasOwn(parent, "errorMessage")) return undefined;
  const message: unknown = (parent as { errorMessage: unknown }).errorMessage;
  return typeof message === "string" ? message : undefined;
}

/** Ajv's JSON Pointer as path segments; a segment is a number where the data there is an array. */
export function pointerToPath(pointer: string, document: unknown): JsonPath {
  const path: (string | number)[] = [];
  let node = document;
  for (const raw of pointer === "" ? [] : pointer.slice(1).split("/")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const index = Array.isArray(node) ? Number(segment) : undefined;
    path.push(index ?? segment);
    node = childOf(node, index ?? segment);
  }
  return path;
}

function childOf(node: unknown, segment: string | number): unknown {
  if (Array.isArray(node)) return typeof segment === "number" ? node[segment] : undefined;
  if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
  return (node as Record<string, unknown>)[segment];
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
