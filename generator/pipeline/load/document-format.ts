/** The two document formats a flags file can hold. */
export type DocumentFormat = "powertools" | "native";

/**
 * Which format a flags document is in: AppConfig's native stored document
 * (`AWS.AppConfig.FeatureFlags`) has a top-level `version` (the string `"1"`); in a Powertools
 * document every top-level member is a feature, an object, so a feature named "version" is not
 * mistaken for one. Anything else is read as Powertools, whose checks then say what is wrong.
 * @example documentFormat({ version: "1", flags: {}, values: {} }) // "native"
 */
export function documentFormat(document: unknown): DocumentFormat {
  if (typeof document !== "object" || document === null || Array.isArray(document) || !Object.hasOwn(document, "version")) return "powertools";
  const version: unknown = (document as Record<string, unknown>)["version"];
  return typeof version === "object" && version !== null ? "powertools" : "native";
}
