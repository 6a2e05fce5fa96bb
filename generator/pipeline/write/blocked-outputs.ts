import type { Diagnostic } from "../diagnostics.js";
import { GENERATED_HEADER } from "./generated-marker.js";
import { OUTPUT_CODES } from "./output-codes.js";
import type { BlockedReason, OutputPlan } from "./output-plan.js";

const WHAT: Readonly<Record<BlockedReason, string>> = {
  "not-generated": `a file flagtype did not write (it does not start with ${GENERATED_HEADER}), which flagtype never replaces`,
  symlink: "a symbolic link, which flagtype never follows or replaces",
  directory: "a directory",
  special: "not a regular file",
};

/**
 * One error per module whose name in the output directory is taken by something flagtype does
 * not own, at the flags file the module comes from (`sourceOf` maps a module's file name to
 * that file's display path), naming the path in the way.
 * @example blockedOutputDiagnostics("generated", plan, () => "flags/features.json").map(formatDiagnostic)
 * // ['flags/features.json:1:1 error FT054 cannot generate generated/features.ts: it is a symbolic link, which flagtype never follows or replaces; …']
 */
export function blockedOutputDiagnostics(outDisplay: string, plan: OutputPlan, sourceOf: (fileName: string) => string): Diagnostic[] {
  return plan.blocked.map(({ fileName, reason }) => ({
    file: sourceOf(fileName),
    line: 1,
    column: 1,
    severity: "error",
    code: OUTPUT_CODES.notOwned,
    message: `cannot generate ${outDisplay}/${fileName}: it is ${WHAT[reason]}; move or delete it, or choose another --out`,
  }));
}
