import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { LOAD_CODES } from "./load-codes.js";
import type { SourceText } from "./load-flags-sources.js";
import type { DirectoryArgument } from "../../cli-kit/arguments.js";

/**
 * Reads every `*.json` file directly inside the flags directory (flags files and declared types),
 * except hidden ones.
 * `sources` is undefined when the directory itself cannot be listed.
 */
export async function readFlagsDir(dir: DirectoryArgument): Promise<{ sources?: SourceText[]; diagnostics: Diagnostic[] }> {
  let names: string[];
  try {
    const entries = await readdir(dir.path, { withFileTypes: true });
    // Hidden names are editor lock and backup files (".#features.json"), not flags files.
    const isCandidate = (name: string): boolean => name.endsWith(".json") && !name.startsWith(".");
    names = entries.filter((entry) => !entry.isDirectory() && isCandidate(entry.name)).map((entry) => entry.name);
  } catch (error) {
    return { diagnostics: [errorAt(dir.display, LOAD_CODES.flagsDirUnreadable, describeDirError(error))] };
  }
  const sources: SourceText[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names.sort()) {
    const display = `${dir.display}/${name}`;
    try {
      sources.push({ path: display, text: decodeUtf8(await readFile(join(dir.path, name))) });
    } catch (error) {
      const notText = error instanceof TypeError;
      const code = notText ? LOAD_CODES.notUtf8 : LOAD_CODES.fileUnreadable;
      diagnostics.push(errorAt(display, code, notText ? "file is not valid UTF-8" : `cannot read file: ${messageOf(error)}`));
    }
  }
  return { sources, diagnostics };
}

/** Strict UTF-8: a silent U+FFFD would hide a broken file; the BOM is kept so the loader can report it. */
function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
}

function describeDirError(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (code === "ENOENT") return "flags directory does not exist (use --flags to choose another)";
  if (code === "ENOTDIR") return "is not a directory (--flags names the directory holding the flags files)";
  return `cannot read flags directory: ${messageOf(error)}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function errorAt(file: string, code: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: "error", code, message };
}
