import { ts } from "ts-morph";
import type { GeneratedModuleInfo } from "./generated-accessors.js";
import type { ReferenceScan } from "./scan-references.js";

/** A flag that no code uses, at its accessor in the generated module. */
export interface UnusedFlag {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly flag: string;
  /** The flag's first accessor (where the finding points). */
  readonly accessor: string;
  /** Every accessor of the flag: one for a Powertools flag, `is…Enabled` and `get…` for a native one. */
  readonly accessors: readonly string[];
}

/** A string-literal flag name that no (matching) generated module has. */
export interface UnknownFlag {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly flag: string;
  /** `evaluate` of a generated module (named in `module`) or `FeatureFlags.evaluate`. */
  readonly call: "evaluate" | "FeatureFlags.evaluate";
  readonly module?: string;
}

export interface UnusedReport {
  readonly unusedFlags: readonly UnusedFlag[];
  readonly unknownFlags: readonly UnknownFlag[];
}

/**
 * The scan's findings as plain data, positions 1-based, paths shown by `display`, sorted.
 * @example buildUnusedReport(modules, scan, (fileName) => relative(cwd, fileName))
 */
export function buildUnusedReport(modules: readonly GeneratedModuleInfo[], scan: ReferenceScan, display: (fileName: string) => string): UnusedReport {
  const unusedFlags = modules.flatMap((module) => {
    const used = scan.usedFlags.get(module);
    const byFlag = new Map<string, GeneratedModuleInfo["accessors"][number][]>();
    for (const accessor of module.accessors) if (!used?.has(accessor.flag)) byFlag.set(accessor.flag, [...(byFlag.get(accessor.flag) ?? []), accessor]);
    return [...byFlag.entries()].map(([flag, accessors]) => {
      const [first] = accessors as [GeneratedModuleInfo["accessors"][number]];
      const names = accessors.map((accessor) => accessor.name);
      return { ...positionOf(module.sourceFile, first.declaration.name ?? first.declaration, display), flag, accessor: first.name, accessors: names };
    });
  });
  const unknownFlags = scan.unknown.map((reference): UnknownFlag => ({
    ...positionOf(reference.sourceFile, reference.node, display),
    flag: reference.flag,
    call: reference.module ? "evaluate" : "FeatureFlags.evaluate",
    ...(reference.module ? { module: display(reference.module.sourceFile.fileName) } : {}),
  }));
  return { unusedFlags: sortByPlace(unusedFlags), unknownFlags: sortByPlace(unknownFlags) };
}

/** One line per finding, like a compiler's, then nothing else. */
export function unusedText(report: UnusedReport): string {
  const unused = report.unusedFlags.map(
    (item) => `${item.file}:${item.line}:${item.column} unused flag ${JSON.stringify(item.flag)}: nothing calls ${item.accessors.join(", ")} or evaluate(${JSON.stringify(item.flag)})`,
  );
  const unknown = report.unknownFlags.map((item) => {
    const where = item.module === undefined ? "no generated module has it (FeatureFlags.evaluate)" : `evaluate() of ${item.module} has no such flag`;
    return `${item.file}:${item.line}:${item.column} unknown flag ${JSON.stringify(item.flag)}: ${where}`;
  });
  return [...unused, ...unknown].map((line) => `${line}\n`).join("");
}

export function unusedJson(report: UnusedReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function positionOf(sourceFile: ts.SourceFile, node: ts.Node, display: (fileName: string) => string): { file: string; line: number; column: number } {
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  return { file: display(sourceFile.fileName), line: line + 1, column: character + 1 };
}

function sortByPlace<T extends { file: string; line: number; column: number }>(items: T[]): T[] {
  return items.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
