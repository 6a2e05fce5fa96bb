import type { ErrorCode, ResolutionDetails } from "@openfeature/server-sdk";
import type { EvaluationDetails } from "../evaluation-details.js";

/** The OpenFeature standard reasons flagtype reports, spelt as the SDK's `StandardResolutionReasons` (a test checks). */
export const OPENFEATURE_REASONS = {
  STATIC: "STATIC",
  TARGETING_MATCH: "TARGETING_MATCH",
  DEFAULT: "DEFAULT",
  STALE: "STALE",
  ERROR: "ERROR",
} as const;

/** The OpenFeature error codes flagtype reports, spelt as the SDK's `ErrorCode` enum (a test checks). */
export const OPENFEATURE_ERROR_CODES = {
  FLAG_NOT_FOUND: "FLAG_NOT_FOUND",
  PARSE_ERROR: "PARSE_ERROR",
  TYPE_MISMATCH: "TYPE_MISMATCH",
  GENERAL: "GENERAL",
} as const satisfies Readonly<Record<string, `${ErrorCode}`>>;

export type OpenFeatureErrorCode = keyof typeof OPENFEATURE_ERROR_CODES;

/** Reasons of answers that carry a value; any `errorCode` turns into `ERROR`. */
const VALUE_REASONS = {
  STATIC: OPENFEATURE_REASONS.STATIC,
  RULE_MATCH: OPENFEATURE_REASONS.TARGETING_MATCH,
  DEFAULT: OPENFEATURE_REASONS.DEFAULT,
  // A fallback document answered: the value may be out of date.
  FALLBACK: OPENFEATURE_REASONS.STALE,
  ERROR: OPENFEATURE_REASONS.ERROR,
} as const;

/**
 * The OpenFeature form of a failed resolution. The SDK itself answers the
 * caller's default for any `errorCode`; `value` says the same.
 * @example errorResolution(false, "TYPE_MISMATCH", "flag is a string") // { value: false, reason: "ERROR", errorCode: "TYPE_MISMATCH", … }
 */
export function errorResolution<T>(defaultValue: T, code: OpenFeatureErrorCode, message: string): ResolutionDetails<T> {
  // The SDK's ErrorCode is a string enum whose members equal these strings.
  return { value: defaultValue, reason: OPENFEATURE_REASONS.ERROR, errorCode: OPENFEATURE_ERROR_CODES[code] as ErrorCode, errorMessage: message };
}

/**
 * Maps flagtype's evaluation details to OpenFeature's: `STATIC` → `STATIC`,
 * `RULE_MATCH` → `TARGETING_MATCH` with the rule's (or native variant's) name as `variant`, `DEFAULT`
 * → `DEFAULT`, an answer from a fallback document → `STALE` with
 * `flagMetadata.source`, and any error code → `ERROR` with that code.
 * @example toResolution({ value: true, reason: "RULE_MATCH", rule: "premium tier" }, false)
 * // { value: true, reason: "TARGETING_MATCH", variant: "premium tier" }
 */
export function toResolution<T>(details: EvaluationDetails<T>, defaultValue: T): ResolutionDetails<T> {
  const { errorCode, source } = details;
  const variant = details.variant ?? details.rule;
  if (errorCode !== undefined) return errorResolution(defaultValue, errorCode, details.errorMessage ?? errorCode);
  return {
    value: details.value as T,
    reason: VALUE_REASONS[details.reason],
    ...(variant !== undefined ? { variant } : {}),
    ...(source !== undefined ? { flagMetadata: { source } } : {}),
  };
}
