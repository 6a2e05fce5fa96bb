import { formatDiagnostic, type Diagnostic } from "../pipeline/diagnostics.js";
import type { CliIo } from "./cli-command.js";

/** Prints diagnostics to stderr, one per line (warnings only when not quiet). Returns the error count. */
export function reportDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[], quiet: boolean): number {
  let errors = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === "error") errors++;
    else if (quiet) continue;
    io.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  }
  return errors;
}

/** `1 error`, `2 warnings`. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** Progress and results for humans, on stdout; silenced by --quiet. */
export function say(io: CliIo, quiet: boolean, line: string): void {
  if (!quiet) io.stdout.write(`${line}\n`);
}
