/** Which retrieval-time encoding a body uses; `empty` means "unchanged since the last token". */
export type RetrievalFormat = "json" | "ion" | "empty";

/** The JSON map's Content-Type (AWS's local-dev page says so indirectly). */
export const JSON_CONTENT_TYPE = "application/json";

/**
 * A guess: the exact Content-Type of the Ion format is undocumented; the local-dev file extension
 * `application%ion%type=AWS.AppConfig.FeatureFlags` hints at this.
 */
export const ION_CONTENT_TYPE_GUESS = "application/ion;type=AWS.AppConfig.FeatureFlags";

/** The local-dev extension that makes the agent read a file as Ion feature flags (mandatory). */
export const ION_LOCAL_DEV_EXTENSION = ".application%ion%type=AWS.AppConfig.FeatureFlags";

const ION_BINARY_MARKER = [0xe0, 0x01, 0x00, 0xea];

/**
 * Tells a JSON retrieval map from an Ion document without parsing either: a Content-Type whose
 * subtype is `json`/`*+json` or `ion`/`*+ion` decides; otherwise the first character after a BOM and white space (`{` is
 * JSON; anything else, such as `'flag'::` or an Ion comment, is Ion). Bytes starting with the Ion
 * binary version marker are Ion.
 * @example detectRetrievalFormat("'dark_mode'::'''{\"enabled\": true}'''") // "ion"
 */
export function detectRetrievalFormat(body: string | Uint8Array, contentType?: string): RetrievalFormat {
  const subtype = contentType?.split(";")[0]?.trim().toLowerCase().split("/")[1] ?? "";
  if (subtype === "json" || subtype.endsWith("+json")) return "json";
  if (subtype === "ion" || subtype.endsWith("+ion")) return "ion";
  const text = typeof body === "string" ? body : leadingText(body);
  if (text === undefined) return "ion";
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (trimmed === "") return "empty";
  return trimmed.startsWith("{") ? "json" : "ion";
}

function leadingText(bytes: Uint8Array): string | undefined {
  if (ION_BINARY_MARKER.every((byte, index) => bytes[index] === byte)) return undefined;
  return new TextDecoder().decode(bytes.subarray(0, 64));
}

/**
 * The agent's local-development file name (`application:environment:profile` + extension):
 * `.json` for the JSON map, the Ion extension for profiles with multi-variant flags.
 * @example localDevFileName("Mobile", "Development", "Payments", "json") // "Mobile:Development:Payments.json"
 */
export function localDevFileName(application: string, environment: string, profile: string, format: "json" | "ion"): string {
  return `${application}:${environment}:${profile}${format === "json" ? ".json" : ION_LOCAL_DEV_EXTENSION}`;
}
