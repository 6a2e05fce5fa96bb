import type { GeneratedModule } from "../generate-modules.js";
import { isGeneratedByFlagtype } from "./generated-marker.js";

/** What bringing an output directory up to date takes. File names are relative to the directory. */
export interface OutputPlan {
  /** Modules whose file is missing. */
  readonly missing: GeneratedModule[];
  /** Modules whose file exists with other content. */
  readonly outdated: GeneratedModule[];
  readonly unchanged: string[];
  /** Generated files (by their header) that no module produces any more. */
  readonly orphaned: string[];
}

/**
 * Compares expected modules with the directory's current files. Line endings are compared
 * as LF so a checkout that turned them into CRLF does not count as a change.
 * @example planOutputs([{ fileName: "a.ts", text: "x" }], new Map()).missing.length // 1
 */
export function planOutputs(expected: readonly GeneratedModule[], existing: ReadonlyMap<string, string>): OutputPlan {
  const plan: OutputPlan = { missing: [], outdated: [], unchanged: [], orphaned: [] };
  const expectedNames = new Set<string>();
  for (const module of [...expected].sort((a, b) => compareNames(a.fileName, b.fileName))) {
    expectedNames.add(module.fileName);
    const current = existing.get(module.fileName);
    if (current === undefined) plan.missing.push(module);
    else if (toLf(current) === module.text) plan.unchanged.push(module.fileName);
    else plan.outdated.push(module);
  }
  for (const [fileName, text] of [...existing].sort(([a], [b]) => compareNames(a, b))) {
    if (!expectedNames.has(fileName) && isGeneratedByFlagtype(text)) plan.orphaned.push(fileName);
  }
  return plan;
}

/** Whether the directory already matches. */
export function isUpToDate(plan: OutputPlan): boolean {
  return plan.missing.length === 0 && plan.outdated.length === 0 && plan.orphaned.length === 0;
}

function toLf(text: string): string {
  return text.replaceAll("\r\n", "\n");
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
