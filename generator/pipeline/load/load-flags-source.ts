import { hasErrors, type Diagnostic } from "../diagnostics.js";
import { checkDocument } from "./document-check.js";
import type { FlagsSource, SourceText } from "./flags-source.js";
import type { LoadedFlagsFile } from "./loaded-file.js";
import { pairFlagsSources } from "./pair-flags-sources.js";
import { parsePositionedJson } from "./parse-positioned-json.js";

/**
 * The load stage for one flags file: parse it with positions, run every document check, parse its
 * declared types. `file` is present only when none of that found an error.
 * @example const { file, diagnostics } = loadFlagsSource({ profile: "features", document: { path: "flags/features.json", text } });
 */
export function loadFlagsSource(source: FlagsSource): { file?: LoadedFlagsFile; diagnostics: Diagnostic[] } {
  const parsed = parsePositionedJson(source.document.path, source.document.text);
  const diagnostics = [...parsed.diagnostics, ...(parsed.json ? checkDocument(parsed.json) : [])];
  const declared = source.declaredTypes && parsePositionedJson(source.declaredTypes.path, source.declaredTypes.text);
  if (declared) diagnostics.push(...declared.diagnostics);
  if (!parsed.json || hasErrors(diagnostics)) return { diagnostics };
  const file: LoadedFlagsFile = declared?.json
    ? { name: source.profile, flags: parsed.json, declaredTypes: declared.json }
    : { name: source.profile, flags: parsed.json };
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
