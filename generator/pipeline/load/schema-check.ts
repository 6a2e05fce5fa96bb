import { Ajv, type ValidateFunction } from "ajv";
import { describePath, type DocumentFinding } from "./document-finding.js";
import { FEATURE_FLAGS_SCHEMA } from "./schema/feature-flags-schema.js";
import { findingsOfSchemaErrors } from "./schema-errors.js";

let compiled: ValidateFunction | undefined;

/**
 * Checks a parsed document against the shipped JSON Schema: every structural defect, at most one
 * finding per path.
 * @example checkAgainstSchema({ beta: { default: "yes" } }) // one wrongType finding at ["beta", "default"]
 */
export function checkAgainstSchema(document: unknown): DocumentFinding[] {
  compiled ??= compileSchema();
  if (compiled(document)) return [];
  return findingsOfSchemaErrors(compiled.errors ?? [], document, describePath);
}

function compileSchema(): ValidateFunction {
  // strictTypes would demand `"type": "object"` inside every `if`, which would change what those `if`s mean.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false });
  ajv.addKeyword({ keyword: "errorMessage", schemaType: "string" });
  return ajv.compile(FEATURE_FLAGS_SCHEMA);
}
