import { isJsonObject, memberOf } from "../engine/json-shape.js";
import { objectMember } from "./object-member.js";

/**
 * One native feature flag as clients read it: `enabled`, the attribute values (present only when
 * enabled) and, for a multi-variant flag evaluated by the AppConfig agent, `_variant`.
 */
export interface FlagAnswer {
  readonly _variant?: string;
  readonly enabled: boolean;
  readonly [attribute: string]: unknown;
}

/** Keys of a basic value that are not attribute values. */
const RESERVED = new Set(["enabled", "_createdAt", "_updatedAt", "_variants"]);

/**
 * Whether `document` is a native stored document (`{version, flags, values}`) rather than a
 * retrieval map: the top-level `version` is not a flag (flags are objects).
 * @example isStoredDocument({ version: "1", flags: {} }) // true
 */
export function isStoredDocument(document: unknown): boolean {
  return isJsonObject(document) && Object.hasOwn(document, "version") && !isJsonObject(document["version"]);
}

/**
 * What a stored document answers without the agent: each defined flag's basic value, and for a
 * multi-variant flag its default (last) variant, attributes only when enabled. This is what a
 * generated module falls back to, and what it reads from a flags file (FileStore).
 * @example answersOfStored(document).banner // { _variant: "Plain", enabled: true, text: "Welcome" }
 */
export function answersOfStored(document: unknown): Readonly<Record<string, FlagAnswer>> {
  const flags = objectMember(document, "flags");
  const values = objectMember(document, "values");
  const answers = Object.create(null) as Record<string, FlagAnswer>;
  for (const key of Object.keys(flags)) answers[key] = answerOfValue(memberOf(values, key));
  return answers;
}

function answerOfValue(value: unknown): FlagAnswer {
  const variants = isJsonObject(value) ? memberOf(value, "_variants") : undefined;
  if (Array.isArray(variants)) {
    const fallback: unknown = variants.at(-1);
    const name = isJsonObject(fallback) ? memberOf(fallback, "name") : undefined;
    const enabled = isJsonObject(fallback) && memberOf(fallback, "enabled") === true;
    const attributes = enabled && isJsonObject(fallback) ? objectMember(fallback, "attributeValues") : {};
    return withAttributes({ ...(typeof name === "string" ? { _variant: name } : {}), enabled }, Object.entries(attributes));
  }
  const enabled = isJsonObject(value) && memberOf(value, "enabled") === true;
  const attributes = enabled && isJsonObject(value) ? Object.entries(value).filter(([key]) => !RESERVED.has(key)) : [];
  return withAttributes({ enabled }, attributes);
}

function withAttributes(head: { _variant?: string; enabled: boolean }, attributes: readonly [string, unknown][]): FlagAnswer {
  const answer: Record<string, unknown> = { ...head };
  for (const [key, value] of attributes) Object.defineProperty(answer, key, { value, enumerable: true, writable: false, configurable: false });
  return Object.freeze(answer) as FlagAnswer;
}
