import type { CompiledDocument } from "./engine/compiled-document.js";
import { DocumentLoader, type LoadFailure } from "./document-loader.js";
import { FlagEvaluationError } from "./errors.js";
import { OnceLogger } from "./safe-logger.js";
import type { Clock, ConfigurationStore, FeaturesDocument, JsonValue, Logger } from "./types.js";

export interface FeatureFlagsOptions {
  /** Where the live document comes from. */
  store: ConfigurationStore;
  /** Source of "now" for schedule actions. Default: `() => new Date()`. */
  clock?: Clock;
  /** Receives one `warn(message, extra)` per distinct fallback cause. Default: `console`. */
  logger?: Logger;
  /** Build-time document used while no live document was ever good. Default: none. */
  fallbackDocument?: unknown;
  /** Throw typed errors instead of falling back. Default: `false`. */
  strict?: boolean;
}

type Context = Readonly<Record<string, unknown>>;

/** Which document answered, for the fallback warning. */
type Source = "last known good document" | "build-time defaults" | "caller defaults";

/**
 * Evaluates feature flags from a store, Powertools-style. By default it never
 * throws into business code: when the store fails or serves an invalid document
 * it uses the last known good document, then `fallbackDocument`, then the
 * caller's default, logging each distinct cause once. With `strict: true` it
 * throws {@link ConfigurationStoreError}, {@link DocumentValidationError} or
 * {@link FlagEvaluationError} instead.
 * @example
 * const flags = new FeatureFlags({ store: new FileStore("flags/features.json") });
 * await flags.evaluate("premium_features", { tier: "premium" }, false);
 */
export class FeatureFlags {
  private readonly loader: DocumentLoader;
  private readonly log: OnceLogger;
  private fallback: CompiledDocument | null | undefined;

  constructor(private readonly options: FeatureFlagsOptions) {
    this.loader = new DocumentLoader(options.store, options.clock);
    this.log = new OnceLogger(options.logger ?? console);
  }

  /** The flag's value for `context`; `defaultValue` when the flag is absent or nothing can be loaded. */
  async evaluate<T>(name: string, context: Context = {}, defaultValue: T): Promise<T | JsonValue> {
    const compiled = await this.current();
    if (!compiled) return defaultValue;
    return this.guard(name, defaultValue, () => compiled.evaluate(name, context ?? {}, defaultValue));
  }

  /** Names of the features that are on for `context`, in document order. */
  async getEnabledFeatures(context: Context = {}): Promise<string[]> {
    const compiled = await this.current();
    if (!compiled) return [];
    return this.guard("(enabled features)", [], () => compiled.getEnabledFeatures(context ?? {}));
  }

  /**
   * The live, validated document. Like Powertools' `get_configuration`, this
   * throws (strict or not) when there is none: {@link ConfigurationStoreError}
   * or {@link DocumentValidationError}.
   */
  async getConfiguration(): Promise<FeaturesDocument> {
    const result = await this.loader.load();
    if ("failure" in result) throw result.failure.error;
    return result.live.raw as FeaturesDocument;
  }

  private async current(): Promise<CompiledDocument | undefined> {
    const result = await this.loader.load();
    if ("live" in result) {
      this.log.forget();
      return result.live.compiled;
    }
    if (this.options.strict) throw result.failure.error;
    return this.fallBack(result.failure);
  }

  private fallBack(failure: LoadFailure): CompiledDocument | undefined {
    const lastGood = this.loader.lastKnownGood();
    const compiled = lastGood ?? this.buildTimeDefaults();
    const source: Source = lastGood ? "last known good document" : compiled ? "build-time defaults" : "caller defaults";
    const { error } = failure;
    this.log.warnOnce(`${failure.kind}\n${source}\n${error.message}`, `flagtype: ${failure.kind}; using ${source}`, {
      cause: failure.kind,
      fallback: source,
      error: error.message,
    });
    return compiled;
  }

  private buildTimeDefaults(): CompiledDocument | undefined {
    if (this.fallback === undefined) {
      this.fallback = null;
      const document = this.options.fallbackDocument;
      if (document !== undefined) {
        try {
          this.fallback = this.loader.compile(document);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          this.log.warnOnce("fallback-invalid", "flagtype: build-time defaults are invalid; ignoring them", { error: message });
        }
      }
    }
    return this.fallback ?? undefined;
  }

  private guard<R>(name: string, fallback: R, run: () => R): R {
    try {
      return run();
    } catch (error) {
      const wrapped = new FlagEvaluationError(name, { cause: error });
      if (this.options.strict) throw wrapped;
      this.log.warnOnce(`evaluation-failed\n${wrapped.message}`, "flagtype: evaluation-failed; using caller defaults", { error: wrapped.message });
      return fallback;
    }
  }
}
