import type { FlagdCore } from "@openfeature/flagd-core";
import type { EvaluationContext, JsonValue, Logger, Provider, ResolutionDetails } from "@openfeature/server-sdk";

/**
 * The smallest OpenFeature server provider over flagd-core's in-process evaluator
 * (what flagd's own in-process provider does, minus the sync stream). No such
 * provider is installed, and the bench needs OpenFeature's real evaluation path.
 */
export class FlagdInProcessProvider implements Provider {
  readonly metadata = { name: "flagd-core in-process (bench)" } as const;
  readonly runsOn = "server" as const;

  constructor(private readonly core: FlagdCore) {}

  async resolveBooleanEvaluation(
    flagKey: string,
    defaultValue: boolean,
    context: EvaluationContext,
    logger: Logger,
  ): Promise<ResolutionDetails<boolean>> {
    return this.core.resolveBooleanEvaluation(flagKey, defaultValue, context, logger);
  }

  async resolveStringEvaluation(
    flagKey: string,
    defaultValue: string,
    context: EvaluationContext,
    logger: Logger,
  ): Promise<ResolutionDetails<string>> {
    return this.core.resolveStringEvaluation(flagKey, defaultValue, context, logger);
  }

  async resolveNumberEvaluation(
    flagKey: string,
    defaultValue: number,
    context: EvaluationContext,
    logger: Logger,
  ): Promise<ResolutionDetails<number>> {
    return this.core.resolveNumberEvaluation(flagKey, defaultValue, context, logger);
  }

  async resolveObjectEvaluation<T extends JsonValue>(
    flagKey: string,
    defaultValue: T,
    context: EvaluationContext,
    logger: Logger,
  ): Promise<ResolutionDetails<T>> {
    return this.core.resolveObjectEvaluation(flagKey, defaultValue, context, logger);
  }
}
