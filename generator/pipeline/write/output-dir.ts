import { lstat, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import type { GeneratedModule } from "../generate-modules.js";
import { writeFileAtomic } from "./atomic-write.js";
import { OUTPUT_CODES } from "./output-codes.js";
import { fileEntry, type OutputEntry } from "./output-entry.js";
import type { OutputPlan } from "./output-plan.js";

/** An output directory on disk: `path` to reach it, `display` to name it in messages. */
export interface OutputDir {
  readonly path: string;
  readonly display: string;
}

/**
 * The directory's regular `.ts` files plus whatever sits at an expected name, by name. Nothing is
 * followed: a symbolic link or a directory at an expected name is reported as such, and links
 * and other entries that are not regular files are never orphan candidates. A missing directory is empty.
 * @example await readOutputFiles({ path: "/p/generated", display: "generated" }, ["features.ts"])
 */
export async function readOutputFiles(
  dir: OutputDir,
  expectedNames: readonly string[],
): Promise<{ files: Map<string, OutputEntry>; diagnostics: Diagnostic[] }> {
  const files = new Map<string, OutputEntry>();
  let names: string[];
  try {
    const entries = await readdir(dir.path, { withFileTypes: true });
    names = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".ts")).map((entry) => entry.name);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return { files, diagnostics: [] };
    return { files, diagnostics: [outputError(dir.display, `cannot read output directory: ${describe(error)}`)] };
  }
  const diagnostics: Diagnostic[] = [];
  for (const name of new Set([...names, ...expectedNames])) {
    try {
      const entry = await readEntry(join(dir.path, name));
      if (entry) files.set(name, entry);
    } catch (error) {
      diagnostics.push(outputError(`${dir.display}/${name}`, `cannot read: ${describe(error)}`));
    }
  }
  return { files, diagnostics };
}

async function readEntry(path: string): Promise<OutputEntry | undefined> {
  let stats;
  try {
    stats = await lstat(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
  if (stats.isSymbolicLink()) return { kind: "symlink" };
  if (stats.isDirectory()) return { kind: "directory" };
  if (!stats.isFile()) return { kind: "special" };
  return fileEntry(await readFile(path, "utf8"));
}

/**
 * Writes the missing and outdated modules (each atomically) and removes orphaned generated files.
 * Returns the display paths touched and a diagnostic for each file that failed. A plan with a
 * blocked module is not applied at all: callers report it and write nothing.
 * @example await applyOutputPlan(dir, plan) // { written: ["generated/features.ts"], removed: [], diagnostics: [] }
 */
export async function applyOutputPlan(dir: OutputDir, plan: OutputPlan) {
  if (plan.blocked.length > 0) throw new Error("internal error: an output plan with blocked modules must not be applied");
  const written: string[] = [];
  const removed: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const attempt = async (fileName: string, action: () => Promise<void>, done: string[]): Promise<void> => {
    const display = `${dir.display}/${fileName}`;
    try {
      await action();
      done.push(display);
    } catch (error) {
      diagnostics.push(outputError(display, `cannot write: ${describe(error)}`));
    }
  };
  const changed = [...plan.missing, ...plan.outdated].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  for (const module of changed) {
    await attempt(module.fileName, () => writeFileAtomic(join(dir.path, checkedName(module)), module.text), written);
  }
  for (const fileName of plan.orphaned) {
    await attempt(fileName, () => rm(join(dir.path, fileName), { force: true }), removed);
  }
  return { written, removed, diagnostics };
}

/** A module name that would leave the output directory is a bug in flagtype, never user input to honour. */
function checkedName(module: GeneratedModule): string {
  if (!/^[^/\\]+$/.test(module.fileName) || module.fileName === "." || module.fileName === "..") {
    throw new Error(`internal error: generated module name ${JSON.stringify(module.fileName)} is not a plain file name`);
  }
  return module.fileName;
}

function outputError(file: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: "error", code: OUTPUT_CODES.outputUnwritable, message };
}

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
