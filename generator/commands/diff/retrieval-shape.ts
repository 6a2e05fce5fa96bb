import { isJsonObject, memberOf } from "@flagtype/runtime/tooling";

/**
 * Whether a document read through the data API looks like what AppConfig serves for a basic-only
 * `AWS.AppConfig.FeatureFlags` profile (the retrieval map `{flag: {enabled, …attributes}}`) rather
 * than a Powertools document: at least one member, each an object with a boolean `enabled` and no
 * `default` (which every Powertools feature has). Only asked about documents that failed the
 * Powertools checks.
 * @example looksLikeNativeRetrievalMap({ dark_mode: { enabled: true } }) // true
 */
export function looksLikeNativeRetrievalMap(document: unknown): boolean {
  if (!isJsonObject(document)) return false;
  const members = Object.keys(document).map((key) => memberOf(document, key));
  return members.length > 0 && members.every((member) => isJsonObject(member) && typeof memberOf(member, "enabled") === "boolean" && !Object.hasOwn(member, "default"));
}

/** {@link looksLikeNativeRetrievalMap} of a JSON text; false for text that is not JSON. */
export function textLooksLikeNativeRetrievalMap(text: string): boolean {
  try {
    return looksLikeNativeRetrievalMap(JSON.parse(text));
  } catch {
    return false;
  }
}
