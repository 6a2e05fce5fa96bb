import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { DECLARED_TYPES_SUFFIX, type FlagsSource, type SourceText } from "./flags-source.js";
import { LOAD_CODES } from "./load-codes.js";
import { errorAtStart, pairFlagsSources, type PairedSources } from "./pair-flags-sources.js";
import { decodeUtf8 } from "./utf8-text.js";

/** A file or folder on disk, and how messages show it (relative to the working directory, `/` separators). */
export interface DiskLocation {
  readonly path: string;
  readonly display: string;
}

/**
 * The one reader of flags files: every `*.json` directly inside a flags folder (hidden files,
 * editor lock and backup files, are skipped), paired into flags files with their declared types.
 * `sources` and `profiles` are undefined when the folder itself cannot be listed.
 * @example const { sources, diagnostics } = await readFlagsFolder({ path: "/repo/flags", display: "flags" });
 */
export async function readFlagsFolder(dir: DiskLocation): Promise<Partial<PairedSources> & { diagnostics: Diagnostic[] }> {
  let names: string[];
  try {
    const entries = await readdir(dir.path, { withFileTypes: true });
    names = entries.filter((entry) => !entry.isDirectory() && isCandidate(entry.name)).map((entry) => entry.name);
  } catch (error) {
    return { diagnostics: [errorAtStart(dir.display, LOAD_CODES.flagsDirUnreadable, describeDirError(error))] };
  }
  const texts: SourceText[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names.sort()) {
    const read = await readText({ path: join(dir.path, name), display: `${dir.display}/${name}` });
    if ("diagnostic" in read) diagnostics.push(read.diagnostic);
    else if ("text" in read) texts.push(read.text);
  }
  const paired = pairFlagsSources(dir.display, texts, diagnostics.map((diagnostic) => diagnostic.file));
  return { ...paired, diagnostics: [...diagnostics, ...paired.diagnostics] };
}

/**
 * One flags file named on the command line, with its declared types file when one sits next to it
 * (`features.json` → `features.schema.json`). The profile is the file's base name.
 * @example const { source } = await readFlagsFile({ path: "/repo/flags/features.json", display: "flags/features.json" });
 */
export async function readFlagsFile(file: DiskLocation): Promise<{ source?: FlagsSource; diagnostics: Diagnostic[] }> {
  const profile = basename(file.path).replace(/\.json$/, "");
  const document = await readText(file);
  if ("diagnostic" in document) return { diagnostics: [document.diagnostic] };
  if (!("text" in document)) return { diagnostics: [errorAtStart(file.display, LOAD_CODES.fileUnreadable, "flags file does not exist")] };
  const declaredName = `${profile}${DECLARED_TYPES_SUFFIX}`;
  const declaredDisplay = file.display.slice(0, file.display.length - basename(file.display).length) + declaredName;
  const declared = await readText({ path: join(dirname(file.path), declaredName), display: declaredDisplay });
  if ("diagnostic" in declared) return { diagnostics: [declared.diagnostic] };
  const source: FlagsSource = "text" in declared ? { profile, document: document.text, declaredTypes: declared.text } : { profile, document: document.text };
  return { source, diagnostics: [] };
}

type ReadResult = { readonly text: SourceText } | { readonly diagnostic: Diagnostic } | { readonly missing: true };

async function readText(location: DiskLocation): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(location.path);
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return { missing: true };
    return { diagnostic: errorAtStart(location.display, LOAD_CODES.fileUnreadable, `cannot read file: ${messageOf(error)}`) };
  }
  const decoded = decodeUtf8(bytes);
  if ("text" in decoded) return { text: { path: location.display, text: decoded.text } };
  const { line, column, message } = decoded.invalid;
  return { diagnostic: { file: location.display, line, column, severity: "error", code: LOAD_CODES.notUtf8, message } };
}

/** Hidden names are editor lock and backup files (".#features.json"), not flags files. */
function isCandidate(name: string): boolean {
  return name.endsWith(".json") && !name.startsWith(".");
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
