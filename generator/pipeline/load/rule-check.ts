import { validateDocument } from "@flagtype/runtime";
import { isScalarAt, type DocumentFinding } from "./document-finding.js";
import { LOAD_CODES } from "./load-codes.js";

/**
 * The runtime's own validation, so that a file passes here exactly when the deployed runtime
 * accepts it. Messages already name their subject. Containers and absent members are pointed
 * at by their key, scalars by their value.
 * @example checkRules({ beta: { default: "yes" } })[0]?.path // ["beta", "default"]
 */
export function checkRules(document: unknown): DocumentFinding[] {
  const seen = new Set<string>();
  const findings: DocumentFinding[] = [];
  for (const issue of validateDocument(document)) {
    const id = JSON.stringify([issue.path, issue.message]);
    if (seen.has(id)) continue;
    seen.add(id);
    const part = isScalarAt(document, issue.path) ? "value" : "key";
    findings.push({ path: issue.path, part, severity: "error", code: LOAD_CODES.invalidDocument, message: issue.message });
  }
  return findings;
}
