import type { Diagnostic } from "../diagnostics.js";
import { OUTPUT_CODES } from "./output-codes.js";
import type { OutputPlan } from "./output-plan.js";

/**
 * `--check` findings: one error per file that `flagtype generate` would write or remove.
 * @example staleOutputDiagnostics("generated", plan).map(formatDiagnostic)
 * // ['generated/features.ts:1:1 error FT050 is out of date: run "flagtype generate"']
 */
export function staleOutputDiagnostics(outDisplay: string, plan: OutputPlan): Diagnostic[] {
  const at = (fileName: string, code: string, message: string): Diagnostic =>
    ({ file: `${outDisplay}/${fileName}`, line: 1, column: 1, severity: "error", code, message });
  return [
    ...plan.missing.map((module) => at(module.fileName, OUTPUT_CODES.missing, 'is missing: run "flagtype generate"')),
    ...plan.outdated.map((module) => at(module.fileName, OUTPUT_CODES.outdated, 'is out of date: run "flagtype generate"')),
    ...plan.orphaned.map((name) => at(name, OUTPUT_CODES.orphaned, 'is generated but no flags file produces it any more: run "flagtype generate" to remove it')),
  ];
}
