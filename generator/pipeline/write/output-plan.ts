import type { GeneratedModule } from "../generate-modules.js";
import { isGeneratedByFlagtype } from "./generated-marker.js";
import type { OutputEntry } from "./output-entry.js";

/** Why an entry at a module's name is not flagtype's to replace. */
export type BlockedReason = "not-generated" | "symlink" | "directory" | "special";

/** An expected module whose name is taken by something flagtype does not own. */
export interface BlockedOutput {
  readonly fileName: string;
  readonly reason: BlockedReason;
}

/** What bringing an output directory up to date takes. File names are relative to the directory. */
export interface OutputPlan {
  /** Modules whose file is missing. */
  readonly missing: GeneratedModule[];
  /** Modules whose file is flagtype's (by its header) and holds other content. */
  readonly outdated: GeneratedModule[];
  readonly unchanged: string[];
  /** Generated files (by their header) that no module produces any more. */
  readonly orphaned: string[];
  /** Modules that cannot be written: their name is taken by a file or link flagtype does not own. */
  readonly blocked: BlockedOutput[];
}

/**
 * Compares expected modules with the directory's current entries. Line endings are compared
 * as LF so a checkout that turned them into CRLF does not count as a change. Only a regular file
 * that starts with flagtype's header is ever outdated or orphaned; anything else at a module's
 * name blocks it.
 * @example planOutputs([{ fileName: "a.ts", text: "x" }], new Map()).missing.length // 1
 */
export function planOutputs(expected: readonly GeneratedModule[], existing: ReadonlyMap<string, OutputEntry>): OutputPlan {
  const plan: OutputPlan = { missing: [], outdated: [], unchanged: [], orphaned: [], blocked: [] };
  const expectedNames = new Set<string>();
  for (const module of [...expected].sort((a, b) => compareNames(a.fileName, b.fileName))) {
    expectedNames.add(module.fileName);
    const current = existing.get(module.fileName);
    if (current === undefined) plan.missing.push(module);
    else if (current.kind !== "file") plan.blocked.push({ fileName: module.fileName, reason: current.kind });
    else if (toLf(current.text) === module.text) plan.unchanged.push(module.fileName);
    else if (isGeneratedByFlagtype(current.text)) plan.outdated.push(module);
    else plan.blocked.push({ fileName: module.fileName, reason: "not-generated" });
  }
  for (const [fileName, entry] of [...existing].sort(([a], [b]) => compareNames(a, b))) {
    if (!expectedNames.has(fileName) && entry.kind === "file" && isGeneratedByFlagtype(entry.text)) plan.orphaned.push(fileName);
  }
  return plan;
}

/** Whether the directory already matches. */
export function isUpToDate(plan: OutputPlan): boolean {
  return plan.missing.length === 0 && plan.outdated.length === 0 && plan.orphaned.length === 0 && plan.blocked.length === 0;
}

function toLf(text: string): string {
  return text.replaceAll("\r\n", "\n");
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
