import { posix } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { DECLARED_TYPES_SUFFIX, type FlagsSource, type SourceText } from "./flags-source.js";
import { LOAD_CODES } from "./load-codes.js";

/** A flags folder's files sorted into profiles. */
export interface PairedSources {
  /** The flags files that can be loaded, sorted by path. */
  readonly sources: FlagsSource[];
  /** Every flags file's profile, also of those that could not be read, sorted. */
  readonly profiles: string[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Sorts the `*.json` texts of a flags folder into flags files, each with its declared types
 * (`<name>.schema.json`): FT002 when there is no flags file, FT040 for declared types without one.
 * `unreadable` names files of the folder that could not be read (already reported): they count
 * as present (in `profiles`), and a flags file whose declared types are unreadable yields no source.
 * @example pairFlagsSources("flags", [{ path: "flags/features.json", text }]).sources[0]?.profile // "features"
 */
export function pairFlagsSources(
  flagsDir: string,
  texts: readonly SourceText[],
  unreadable: readonly string[] = [],
): PairedSources {
  const sorted = [...texts].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const declared = new Map(sorted.filter(isDeclaredTypes).map((text) => [baseName(text.path), text]));
  const documents = sorted.filter((text) => !isDeclaredTypes(text));
  const unreadableFlags = new Set(unreadable.filter((path) => !path.endsWith(DECLARED_TYPES_SUFFIX)).map(baseName));
  const unreadableDeclared = new Set(unreadable.filter((path) => path.endsWith(DECLARED_TYPES_SUFFIX)).map(baseName));
  const diagnostics: Diagnostic[] = [];
  if (documents.length + unreadableFlags.size === 0) {
    diagnostics.push(errorAtStart(flagsDir, LOAD_CODES.noFlagsFiles, `no flags files (*.json) in ${flagsDir}`));
  }
  const sources = documents.flatMap((document): FlagsSource[] => {
    const profile = baseName(document.path);
    const declaredTypes = declared.get(profile);
    declared.delete(profile);
    if (unreadableDeclared.has(profile)) return [];
    return [declaredTypes ? { profile, document, declaredTypes } : { profile, document }];
  });
  for (const name of unreadableFlags) declared.delete(name);
  const profiles = [...new Set([...documents.map((document) => baseName(document.path)), ...unreadableFlags])].sort();
  for (const [name, orphan] of declared) {
    const message = `declared types file has no flags file ${name}.json next to it; it is ignored`;
    diagnostics.push({ ...errorAtStart(orphan.path, LOAD_CODES.declaredTypesWithoutFlags, message), severity: "warning" });
  }
  return { sources, profiles, diagnostics };
}

/** `flags/billing.json` and `flags/billing.schema.json` → `billing`. */
export function baseName(path: string): string {
  const file = posix.basename(path);
  return file.endsWith(DECLARED_TYPES_SUFFIX) ? file.slice(0, -DECLARED_TYPES_SUFFIX.length) : file.slice(0, -".json".length);
}

function isDeclaredTypes(text: SourceText): boolean {
  return text.path.endsWith(DECLARED_TYPES_SUFFIX);
}

export function errorAtStart(file: string, code: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: "error", code, message };
}
