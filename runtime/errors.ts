import type { ValidationIssue } from "./types.js";

/** A document broke the feature-flags schema; `issues` lists every defect found. */
export class DocumentValidationError extends Error {
  override readonly name = "DocumentValidationError";
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`invalid feature-flags document: ${issues.map(formatIssue).join("; ")}`);
  }
}

/** A store could not produce a document (network, parse, missing configuration). */
export class ConfigurationStoreError extends Error {
  override readonly name = "ConfigurationStoreError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function formatIssue(issue: ValidationIssue): string {
  const where = issue.path.length === 0 ? "document" : issue.path.map((part) => JSON.stringify(part)).join(".");
  return `${where}: ${issue.message}`;
}

/** Evaluating a flag failed unexpectedly (a defect in flagtype, not in the document). */
export class FlagEvaluationError extends Error {
  override readonly name = "FlagEvaluationError";
  constructor(readonly flag: string, options: { cause: unknown }) {
    super(`evaluating ${flag} failed: ${options.cause instanceof Error ? options.cause.message : String(options.cause)}`, options);
  }
}

/**
 * A generated module's store configuration is missing or invalid (no store, an unknown
 * `FLAGTYPE_STORE`, AppConfig without an application, a malformed `FLAGTYPE_MAX_AGE`).
 * `variable` names the setting to fix; `validValues` says what it accepts.
 * @example
 * // FLAGTYPE_STORE=apconfig with configureFeatures({ strict: true }):
 * await isPremiumFeaturesEnabled({ tier }); // rejects: ConfigurationError, variable "FLAGTYPE_STORE"
 */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
  constructor(
    readonly variable: string,
    readonly validValues: readonly string[],
    message: string,
  ) {
    super(message);
  }
}
