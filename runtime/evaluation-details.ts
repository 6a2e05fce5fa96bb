import type { JsonValue } from "./types.js";

/**
 * Why a flag has the value it has:
 * - `STATIC`: the feature has no rules (or falsy `rules`); the value is its `default`.
 * - `RULE_MATCH`: the rule named in `rule` matched; the value is its `when_match`.
 * - `DEFAULT`: the feature has rules and none matched; the value is its `default`.
 * - `FALLBACK`: the live document did not answer: the flag is absent from it, or
 *   it could not be used and `source` names the document that answered instead.
 * - `ERROR`: nothing could answer; the value is the caller's default.
 */
export type EvaluationReason = "STATIC" | "RULE_MATCH" | "DEFAULT" | "FALLBACK" | "ERROR";

/**
 * Why the value is the caller's default:
 * - `FLAG_NOT_FOUND`: the document that answered does not define the flag (reason `FALLBACK`).
 * - `PARSE_ERROR`: the store served an invalid document and there was no other (reason `ERROR`).
 * - `GENERAL`: the store failed and there was no other document, or evaluating
 *   the flag failed unexpectedly (reason `ERROR`).
 */
export type EvaluationErrorCode = "FLAG_NOT_FOUND" | "PARSE_ERROR" | "GENERAL";

/** The document that answered while the live one could not be used. */
export type FallbackSource = "last-known-good" | "build-time-defaults";

/** How one feature of a usable document decided its value. */
export interface FeatureDetails {
  readonly value: JsonValue;
  readonly reason: "STATIC" | "RULE_MATCH" | "DEFAULT";
  /** The matched rule's name; present exactly when `reason` is `RULE_MATCH`. */
  readonly rule?: string;
}

/**
 * A flag's value and how it was reached, as returned by `evaluateDetails`.
 * Invariants: `errorCode` is present exactly when `value` is the caller's default;
 * `source` is present exactly when the live document could not be used and a
 * fallback document answered (then `errorMessage` says why the live one failed);
 * `rule` is present exactly when a rule's `when_match` is the value.
 */
export interface EvaluationDetails<T> {
  readonly value: T | JsonValue;
  readonly reason: EvaluationReason;
  readonly rule?: string;
  /** The chosen variant of a native multi-variant flag (AppConfig's `_variant`). */
  readonly variant?: string;
  readonly errorCode?: EvaluationErrorCode;
  readonly source?: FallbackSource;
  readonly errorMessage?: string;
}

/** The answer for a flag the answering document does not define. */
export function flagNotFound<T>(name: string, defaultValue: T): EvaluationDetails<T> {
  return { value: defaultValue, reason: "FALLBACK", errorCode: "FLAG_NOT_FOUND", errorMessage: `flag ${JSON.stringify(name)} is not defined` };
}

/** Marks an answer as coming from a fallback document because the live one failed with `failureMessage`. */
export function fromFallback<T>(details: EvaluationDetails<T>, source: FallbackSource, failureMessage: string): EvaluationDetails<T> {
  const { rule, errorCode, errorMessage } = details;
  return {
    value: details.value,
    reason: "FALLBACK",
    ...(rule !== undefined ? { rule } : {}),
    ...(errorCode !== undefined ? { errorCode } : {}),
    source,
    errorMessage: errorMessage === undefined ? failureMessage : `${errorMessage} (${failureMessage})`,
  };
}

/** The caller's default because nothing could answer, or because evaluation failed. */
export function failed<T>(defaultValue: T, errorCode: "PARSE_ERROR" | "GENERAL", errorMessage: string): EvaluationDetails<T> {
  return { value: defaultValue, reason: "ERROR", errorCode, errorMessage };
}
