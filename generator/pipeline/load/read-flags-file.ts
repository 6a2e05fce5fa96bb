import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { LOAD_CODES } from "./load-codes.js";
import type { FlagsDocumentSource } from "../model-flags-document.js";

/** A flags file named on the command line: where it is and how messages show it. */
export interface FlagsFileLocation {
  readonly path: string;
  readonly display: string;
}

/** A flags file as read from disk: its exact bytes (what gets deployed) and its source for checking. */
export interface ReadFlagsFile {
  readonly bytes: Uint8Array;
  readonly source: FlagsDocumentSource;
}

const DECLARED_TYPES_SUFFIX = ".schema.json";

/**
 * Reads one flags file and, when it exists next to it, its declared types file
 * (`features.json` → `features.schema.json`). The profile is the file's base name.
 * @example const read = await readFlagsFile({ path: "/repo/flags/features.json", display: "flags/features.json" });
 */
export async function readFlagsFile(location: FlagsFileLocation): Promise<{ file?: ReadFlagsFile; diagnostics: Diagnostic[] }> {
  const profile = basename(location.path).replace(/\.json$/, "");
  const flags = await readText(location.path, location.display);
  if ("diagnostic" in flags) return { diagnostics: [flags.diagnostic] };
  if (!("text" in flags)) return { diagnostics: [] };
  const declaredName = `${profile}${DECLARED_TYPES_SUFFIX}`;
  const declaredDisplay = location.display.slice(0, location.display.length - basename(location.display).length) + declaredName;
  const declared = await readText(join(dirname(location.path), declaredName), declaredDisplay, true);
  if ("diagnostic" in declared) return { diagnostics: [declared.diagnostic] };
  const source: FlagsDocumentSource = {
    profile,
    document: { path: location.display, text: flags.text },
    ...("text" in declared ? { declaredTypes: { path: declaredDisplay, text: declared.text } } : {}),
  };
  return { file: { bytes: flags.bytes, source }, diagnostics: [] };
}

type ReadResult = { bytes: Uint8Array; text: string } | { diagnostic: Diagnostic } | { missing: true };

async function readText(path: string, display: string, optional = false): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (optional && code === "ENOENT") return { missing: true };
    const message = code === "ENOENT" ? "flags file does not exist" : `cannot read file: ${(error as Error).message}`;
    return { diagnostic: errorAt(display, LOAD_CODES.fileUnreadable, message) };
  }
  try {
    // Strict UTF-8 keeping a BOM, so the loader can report it (AppConfig clients would choke on it).
    return { bytes, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { diagnostic: errorAt(display, LOAD_CODES.notUtf8, "file is not valid UTF-8") };
  }
}

function errorAt(file: string, code: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: "error", code, message };
}
