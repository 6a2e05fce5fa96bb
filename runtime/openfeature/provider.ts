import type { EvaluationContext, FlagValueType, JsonValue, Provider, ResolutionDetails } from "@openfeature/server-sdk";
import { DocumentValidationError } from "../errors.js";
import type { EvaluationDetails } from "../evaluation-details.js";
import type { FeatureFlags } from "../feature-flags.js";
import { NativeFeatureFlags } from "../native/native-feature-flags.js";
import { toFlagtypeContext } from "./context.js";
import { errorResolution, toResolution } from "./reasons.js";

/** What the provider needs from `FeatureFlags` (or `NativeFeatureFlags`). */
export type DetailsEvaluator = Pick<FeatureFlags, "evaluateDetails"> | Pick<NativeFeatureFlags, "evaluateDetails">;

/**
 * An OpenFeature server provider over flagtype's {@link FeatureFlags}. Reasons:
 * `STATIC` (no rules), `TARGETING_MATCH` (a rule matched; `variant` is its
 * name), `DEFAULT` (no rule matched), `STALE` (the live document failed and the
 * last known good document or the build-time defaults answered;
 * `flagMetadata.source` says which), `ERROR` with `FLAG_NOT_FOUND`,
 * `TYPE_MISMATCH` (the flag's value is not of the requested type; object
 * resolution wants an object or an array), `PARSE_ERROR` (invalid document, no
 * other) or `GENERAL` (store failure with no other document, or any other failure).
 * The evaluation context is the flagtype context, `targetingKey` included. Over
 * {@link NativeFeatureFlags} (AppConfig's own feature flags) a boolean resolution is the flag's
 * `enabled`, an object resolution its whole answer, and `variant` the chosen variant's name.
 * @example
 * await OpenFeature.setProviderAndWait(new FlagtypeProvider(new FeatureFlags({ store })));
 * await OpenFeature.getClient().getBooleanValue("premium_features", false, { tier: "premium" }); // true
 */
export class FlagtypeProvider implements Provider {
  readonly metadata = { name: "flagtype" } as const;
  readonly runsOn = "server" as const;

  constructor(private readonly flags: DetailsEvaluator) {}

  resolveBooleanEvaluation(flagKey: string, defaultValue: boolean, context: EvaluationContext): Promise<ResolutionDetails<boolean>> {
    return this.resolve(flagKey, defaultValue, context, "boolean");
  }

  resolveStringEvaluation(flagKey: string, defaultValue: string, context: EvaluationContext): Promise<ResolutionDetails<string>> {
    return this.resolve(flagKey, defaultValue, context, "string");
  }

  resolveNumberEvaluation(flagKey: string, defaultValue: number, context: EvaluationContext): Promise<ResolutionDetails<number>> {
    return this.resolve(flagKey, defaultValue, context, "number");
  }

  resolveObjectEvaluation<T extends JsonValue>(flagKey: string, defaultValue: T, context: EvaluationContext): Promise<ResolutionDetails<T>> {
    return this.resolve(flagKey, defaultValue, context, "object");
  }

  private async details<T>(flagKey: string, context: Readonly<Record<string, unknown>>, defaultValue: T, type: FlagValueType): Promise<EvaluationDetails<T>> {
    if (!(this.flags instanceof NativeFeatureFlags)) return (this.flags as Pick<FeatureFlags, "evaluateDetails">).evaluateDetails(flagKey, context, defaultValue);
    const details = await this.flags.evaluateDetails(flagKey, context);
    return type === "boolean" ? enabledOf<T>(details) : (details as EvaluationDetails<T>);
  }

  /** The single boundary where every failure becomes a resolution (strict `FeatureFlags` throws). */
  private async resolve<T>(flagKey: string, defaultValue: T, context: EvaluationContext, type: FlagValueType): Promise<ResolutionDetails<T>> {
    let details: EvaluationDetails<T>;
    try {
      details = await this.details(flagKey, toFlagtypeContext(context ?? {}), defaultValue, type);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return errorResolution(defaultValue, error instanceof DocumentValidationError ? "PARSE_ERROR" : "GENERAL", message);
    }
    if (details.errorCode === undefined && !isOfType(details.value, type)) {
      return errorResolution(defaultValue, "TYPE_MISMATCH", `flag ${JSON.stringify(flagKey)} is ${kindOf(details.value)}, not ${type === "object" ? "an object" : `a ${type}`}`);
    }
    return toResolution(details, defaultValue);
  }
}

/** A native flag's answer resolves as a boolean by its `enabled`. */
function enabledOf<T>(details: EvaluationDetails<unknown>): EvaluationDetails<T> {
  const answer = details.value as { enabled?: unknown } | null;
  return { ...details, value: (typeof answer === "object" && answer !== null ? answer.enabled : answer) as T };
}

/** Whether a flag's value suits the requested resolution; `null` is no object. */
function isOfType(value: unknown, type: FlagValueType): boolean {
  return type === "object" ? typeof value === "object" && value !== null : typeof value === type;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
