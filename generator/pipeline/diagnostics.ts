/** A finding about an input file, printed like a compiler diagnostic. Plain data between stages. */
export interface Diagnostic {
  /** Path as the user should see it, relative to the working directory, with `/` separators. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units like editors count. */
  readonly column: number;
  readonly severity: "error" | "warning";
  /** Stable code, e.g. `FT001`; documented in docs/cli.md. */
  readonly code: string;
  readonly message: string;
}

/** `flags/billing.json:12:7 error FT012 message` */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, severity, code, message } = diagnostic;
  return `${file}:${line}:${column} ${severity} ${code} ${message}`;
}

/** Sorted by file, line, column, code: output is stable whatever order stages report in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
