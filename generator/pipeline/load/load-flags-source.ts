import { hasErrors, type Diagnostic } from "../diagnostics.js";
import { checkDocument } from "./document-check.js";
import { documentFormat } from "./document-format.js";
import { LOAD_CODES } from "./load-codes.js";
import { checkNativeDocument } from "./native/native-document-check.js";
import type { FlagsSource, SourceText } from "./flags-source.js";
import type { LoadedFlagsFile } from "./loaded-file.js";
import { pairFlagsSources } from "./pair-flags-sources.js";
import { parsePositionedJson } from "./parse-positioned-json.js";

/** What the load stage needs besides the files. */
export interface LoadOptions {
  /** Today as `YYYY-MM-DD`, for native flags whose planned deprecation date has passed. Default: the system's date (UTC). */
  readonly today?: string;
}

/**
 * The load stage for one flags file: parse it with positions, tell its format, run every check of
 * that format, parse its declared types (Powertools documents only). `file` is present only when
 * none of that found an error.
 * @example const { file, diagnostics } = loadFlagsSource({ profile: "features", document: { path: "flags/features.json", text } });
 */
export function loadFlagsSource(source: FlagsSource, options: LoadOptions = {}): { file?: LoadedFlagsFile; diagnostics: Diagnostic[] } {
  const parsed = parsePositionedJson(source.document.path, source.document.text);
  const format = parsed.json ? documentFormat(parsed.json.value) : "powertools";
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const checks = parsed.json ? (format === "native" ? checkNativeDocument(parsed.json, today) : checkDocument(parsed.json)) : [];
  const diagnostics = [...parsed.diagnostics, ...checks];
  if (format === "native" && source.declaredTypes) {
    const message = "declared types apply to Powertools documents; a native document types its attributes with constraints: this file is ignored";
    diagnostics.push({ file: source.declaredTypes.path, line: 1, column: 1, severity: "warning", code: LOAD_CODES.nativeWarning, message });
    if (!parsed.json || hasErrors(diagnostics)) return { diagnostics };
    return { file: { name: source.profile, format, flags: parsed.json }, diagnostics };
  }
  const declared = source.declaredTypes && parsePositionedJson(source.declaredTypes.path, source.declaredTypes.text);
  if (declared) diagnostics.push(...declared.diagnostics);
  if (!parsed.json || hasErrors(diagnostics)) return { diagnostics };
  const file: LoadedFlagsFile = declared?.json
    ? { name: source.profile, format, flags: parsed.json, declaredTypes: declared.json }
    : { name: source.profile, format, flags: parsed.json };
  return { file, diagnostics };
}

/**
 * The load stage for a flags folder's texts: pairing, then {@link loadFlagsSource} for each file.
 * Reports every finding of every file; `files` holds those without errors, sorted by path.
 * @example loadFlagsSources("flags", [{ path: "flags/features.json", text: '{"beta": {"default": false}}' }]).files[0]?.name // "features"
 */
export function loadFlagsSources(flagsDir: string, texts: readonly SourceText[]): { files: LoadedFlagsFile[]; diagnostics: Diagnostic[] } {
  const paired = pairFlagsSources(flagsDir, texts);
  const files: LoadedFlagsFile[] = [];
  const diagnostics = [...paired.diagnostics];
  for (const source of paired.sources) {
    const loaded = loadFlagsSource(source);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.file) files.push(loaded.file);
  }
  return { files, diagnostics };
}
