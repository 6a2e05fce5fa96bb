import type { StoredDocument } from "../../../../pipeline/load/native/stored/stored-document.js";
import { isMultiVariant } from "../../../../pipeline/load/native/stored/stored-document.js";
import { basicAnswer, setEntry, type FlagAnswer } from "./flag-answer.js";

/** The retrieval-time JSON body of a basic-only profile: flag key → answer. */
export type RetrievalMap = Readonly<Record<string, FlagAnswer>>;

/**
 * Whether the profile's retrieval format is Ion: true once any value has `_variants`.
 * @example needsIon(DOCUMENT_D) // true
 */
export function needsIon(document: StoredDocument): boolean {
  return Object.values(document.values ?? {}).some((value) => isMultiVariant(value));
}

/**
 * Converts a stored document of a basic-only profile into the map `GetLatestConfiguration`
 * serves: one entry per defined flag in definition order, `{enabled, …attributes}`, attributes
 * only when enabled, no `_createdAt`/`_updatedAt`, no definitions. A defined flag without a value
 * reads as `{enabled: false}`; values without a definition are left out (stored-check reports
 * them). Returns `null` when a flag is multi-variant: such profiles are served as Ion
 * (see `toRetrievalIon`).
 * @example
 * toRetrievalMap({ version: "1", flags: { a: {} }, values: { a: { enabled: true, n: 1 } } }) // { a: { enabled: true, n: 1 } }
 */
export function toRetrievalMap(document: StoredDocument): RetrievalMap | null {
  if (needsIon(document)) return null;
  const map: Record<string, FlagAnswer> = {};
  for (const key of Object.keys(document.flags ?? {})) {
    const value = Object.hasOwn(document.values ?? {}, key) ? document.values?.[key] : undefined;
    setEntry(map, key, basicAnswer(value));
  }
  return map;
}
