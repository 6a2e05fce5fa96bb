import type { EvaluationDetails } from "../evaluation-details.js";
import type { JsonValue } from "../types.js";

/** A validated document turned into closures: synchronous, no I/O. */
export interface CompiledDocument {
  /** The flag's value for `context`, or `defaultValue` when the flag is absent. */
  evaluate<T>(name: string, context: Readonly<Record<string, unknown>>, defaultValue: T): T | JsonValue;
  /**
   * The same value as `evaluate`, with how it was reached: `STATIC`, `RULE_MATCH`
   * (with the rule's name) or `DEFAULT`; an absent flag gives `FALLBACK` with
   * `errorCode: "FLAG_NOT_FOUND"` and `defaultValue`.
   */
  evaluateDetails<T>(name: string, context: Readonly<Record<string, unknown>>, defaultValue: T): EvaluationDetails<T>;
  /** Names of the features whose value is truthy (Python truthiness), in document order. */
  getEnabledFeatures(context: Readonly<Record<string, unknown>>): string[];
  /** Whether the document defines `name`. */
  has(name: string): boolean;
}
