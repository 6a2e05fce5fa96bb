import { posix } from "node:path";
import { hasErrors, type Diagnostic } from "../diagnostics.js";
import { checkDocument } from "./document-check.js";
import { LOAD_CODES } from "./load-codes.js";
import type { LoadedFlagsFile } from "./loaded-file.js";
import { parsePositionedJson } from "./parse-positioned-json.js";

/** A file's text and the path diagnostics show for it (relative, `/` separators). */
export interface SourceText {
  readonly path: string;
  readonly text: string;
}

export interface LoadResult {
  /** Flags files without any error (their declared types file included), sorted by path. */
  readonly files: LoadedFlagsFile[];
  readonly diagnostics: Diagnostic[];
}

const DECLARED_TYPES_SUFFIX = ".schema.json";

/**
 * Parses and checks the `*.json` files of a flags directory: `<name>.json` is a flags file,
 * `<name>.schema.json` its declared types. Reports every finding of every file.
 * @example
 * loadFlagsSources("flags", [{ path: "flags/features.json", text: '{"beta": {"default": false}}' }]).files[0]?.name
 * // "features"
 */
export function loadFlagsSources(flagsDir: string, sources: readonly SourceText[]): LoadResult {
  const sorted = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const declared = new Map(sorted.filter(isDeclaredTypes).map((source) => [baseName(source.path), source]));
  const flagsSources = sorted.filter((source) => !isDeclaredTypes(source));
  const diagnostics: Diagnostic[] = [];
  if (flagsSources.length === 0) {
    diagnostics.push(errorAtStart(flagsDir, LOAD_CODES.noFlagsFiles, `no flags files (*.json) in ${flagsDir}`));
  }
  const files: LoadedFlagsFile[] = [];
  for (const source of flagsSources) {
    const name = baseName(source.path);
    const loaded = loadPair(name, source, declared.get(name));
    declared.delete(name);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.file) files.push(loaded.file);
  }
  for (const [name, orphan] of declared) {
    const message = `declared types file has no flags file ${name}.json next to it; it is ignored`;
    diagnostics.push({ ...errorAtStart(orphan.path, LOAD_CODES.declaredTypesWithoutFlags, message), severity: "warning" });
  }
  return { files, diagnostics };
}

function loadPair(
  name: string,
  source: SourceText,
  declaredSource: SourceText | undefined,
): { diagnostics: Diagnostic[]; file?: LoadedFlagsFile } {
  const parsed = parsePositionedJson(source.path, source.text);
  const diagnostics = [...parsed.diagnostics, ...(parsed.json ? checkDocument(parsed.json) : [])];
  const declared = declaredSource && parsePositionedJson(declaredSource.path, declaredSource.text);
  if (declared) diagnostics.push(...declared.diagnostics);
  if (!parsed.json || hasErrors(diagnostics)) return { diagnostics };
  const file: LoadedFlagsFile = declared?.json
    ? { name, flags: parsed.json, declaredTypes: declared.json }
    : { name, flags: parsed.json };
  return { diagnostics, file };
}

function isDeclaredTypes(source: SourceText): boolean {
  return source.path.endsWith(DECLARED_TYPES_SUFFIX);
}

function baseName(path: string): string {
  const file = posix.basename(path);
  return file.endsWith(DECLARED_TYPES_SUFFIX) ? file.slice(0, -DECLARED_TYPES_SUFFIX.length) : file.slice(0, -".json".length);
}

function errorAtStart(file: string, code: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: "error", code, message };
}
