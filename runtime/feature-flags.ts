import type { CompiledDocument } from "./engine/compiled-document.js";
import { DocumentLoader, type LoadFailure, type LoadResult } from "./document-loader.js";
import { FlagEvaluationError } from "./errors.js";
import { failed, fromFallback, type EvaluationDetails, type FallbackSource } from "./evaluation-details.js";
import { pythonTruthy } from "./engine/python-values.js";
import { OnceLogger } from "./safe-logger.js";
import type { Clock, ConfigurationStore, FeaturesDocument, JsonValue, Logger } from "./types.js";

export interface FeatureFlagsOptions {
  /** Where the live document comes from. */
  store: ConfigurationStore;
  /** Source of "now" for schedule actions. Default: `() => new Date()`. */
  clock?: Clock;
  /** Receives one `warn(message, extra)` per distinct fallback cause. Default: `console`. */
  logger?: Logger;
  /** Build-time document used while no live document was ever good; compiled on first need. Default: none. */
  fallbackDocument?: unknown;
  /**
   * The same fallback already compiled, or compiled by the callee on first need; wins over
   * `fallbackDocument`. Generated modules share one compiled build-time document this way.
   */
  compiledFallback?: () => CompiledDocument | undefined;
  /** Throw typed errors instead of falling back. Default: `false`. */
  strict?: boolean;
}

type Context = Readonly<Record<string, unknown>>;

/** A document standing in for the live one; no `source` means the caller's defaults answer. */
interface Fallback {
  readonly compiled: CompiledDocument | undefined;
  readonly source?: FallbackSource;
}

type LiveResult = Extract<LoadResult, { live: unknown }>;

const isLive = (result: LoadResult): result is LiveResult => "live" in result;

/** How the fallback warning names each source. */
const SOURCE_NAMES: Readonly<Record<FallbackSource, string>> = {
  "last-known-good": "last known good document",
  "build-time-defaults": "build-time defaults",
};

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
  /** Set while answers come from a fallback, so recovery re-arms the once-per-cause warnings. */
  private degraded = false;
  private missingMemo: { compiled: CompiledDocument | undefined; defaults: object; names: readonly string[] } | undefined;

  constructor(private readonly options: FeatureFlagsOptions) {
    this.loader = new DocumentLoader(options.store, options.clock);
    this.log = new OnceLogger(options.logger ?? console);
  }

  /**
   * The flag's value for `context`; `defaultValue` when the flag is absent or nothing can be loaded.
   * While the store says synchronously that its cached document is fresh (see {@link PeekableStore}),
   * the answer is computed at once and returned as a resolved promise.
   */
  evaluate<T>(name: string, context: Context = {}, defaultValue: T): Promise<T | JsonValue> {
    const fresh = this.loader.peekLive();
    if (fresh === undefined || this.degraded) return this.evaluateLoaded(name, context, defaultValue);
    try {
      return Promise.resolve(this.guard(name, defaultValue, () => fresh.evaluate(name, context ?? {}, defaultValue)));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private async evaluateLoaded<T>(name: string, context: Context, defaultValue: T): Promise<T | JsonValue> {
    const compiled = await this.current();
    if (!compiled) return defaultValue;
    return this.guard(name, defaultValue, () => compiled.evaluate(name, context ?? {}, defaultValue));
  }

  /**
   * The value `evaluate` returns, with how it was reached (see {@link EvaluationDetails}):
   * `STATIC`, `RULE_MATCH` (with `rule`) or `DEFAULT` from the live document;
   * `FALLBACK` when the flag is absent (`errorCode: "FLAG_NOT_FOUND"`) or when a
   * fallback document answered (`source`: `"last-known-good"` or `"build-time-defaults"`);
   * `ERROR` with the caller's default when nothing could answer (`errorCode`:
   * `"PARSE_ERROR"` for an invalid document, `"GENERAL"` for a store failure or an
   * evaluation defect). Strict mode throws where `evaluate` throws.
   * @example
   * await flags.evaluateDetails("premium_features", { tier: "premium" }, false);
   * // { value: true, reason: "RULE_MATCH", rule: "customer tier equals premium" }
   */
  async evaluateDetails<T>(name: string, context: Context = {}, defaultValue: T): Promise<EvaluationDetails<T>> {
    const result = await this.loader.load();
    if (isLive(result)) return this.explain(this.answering(result), name, context, defaultValue);
    const { failure } = result;
    const { compiled, source } = this.fallBack(failure);
    if (compiled === undefined || source === undefined) {
      return failed(defaultValue, failure.kind === "document-invalid" ? "PARSE_ERROR" : "GENERAL", failure.error.message);
    }
    const details = this.explain(compiled, name, context, defaultValue);
    return details.reason === "ERROR" ? details : fromFallback(details, source, failure.error.message);
  }

  /**
   * Names of the features that are on for `context`, in document order. With `defaults` (feature
   * name → value), a feature the answering document lacks is listed after them when its default is
   * truthy, as `evaluate` answers that default for it.
   */
  async getEnabledFeatures(context: Context = {}, defaults?: Readonly<Record<string, unknown>>): Promise<string[]> {
    const compiled = await this.current();
    const missing = this.missingButOn(compiled, defaults);
    if (!compiled) return [...missing];
    return this.guard("(enabled features)", [], () => {
      const enabled = compiled.getEnabledFeatures(context ?? {});
      return missing.length === 0 ? enabled : [...enabled, ...missing];
    });
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
    return isLive(result) ? this.answering(result) : this.fallBack(result.failure).compiled;
  }

  /** The live document answers: after a fallback, a recurrence of a cause is news again. */
  private answering(result: LiveResult): CompiledDocument {
    if (this.degraded) {
      this.degraded = false;
      this.log.forget();
    }
    return result.live.compiled;
  }

  /** The document standing in for the live one; strict mode throws the failure instead. */
  private fallBack(failure: LoadFailure): Fallback {
    if (this.options.strict) throw failure.error;
    this.degraded = true;
    const lastGood = this.loader.lastKnownGood();
    const compiled = lastGood ?? this.buildTimeDefaults();
    const source: FallbackSource | undefined = lastGood ? "last-known-good" : compiled ? "build-time-defaults" : undefined;
    const sourceName = source === undefined ? "caller defaults" : SOURCE_NAMES[source];
    const { error } = failure;
    this.log.warnOnce(`${failure.kind}\n${sourceName}\n${error.message}`, `flagtype: ${failure.kind}; using ${sourceName}`, {
      cause: failure.kind,
      fallback: sourceName,
      error: error.message,
    });
    return source === undefined ? { compiled } : { compiled, source };
  }

  private buildTimeDefaults(): CompiledDocument | undefined {
    if (this.fallback === undefined) {
      const { compiledFallback, fallbackDocument } = this.options;
      this.fallback = (compiledFallback ? compiledFallback() : this.compileFallback(fallbackDocument)) ?? null;
    }
    return this.fallback ?? undefined;
  }

  private compileFallback(document: unknown): CompiledDocument | undefined {
    if (document === undefined) return undefined;
    try {
      return this.loader.compile(document);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.warnOnce("fallback-invalid", "flagtype: build-time defaults are invalid; ignoring them", { error: message });
      return undefined;
    }
  }

  /** The features of `defaults` that `compiled` lacks and whose default is on; remembered per document. */
  private missingButOn(compiled: CompiledDocument | undefined, defaults: Readonly<Record<string, unknown>> | undefined): readonly string[] {
    if (defaults === undefined) return [];
    const memo = this.missingMemo;
    if (memo !== undefined && memo.compiled === compiled && memo.defaults === defaults) return memo.names;
    const names = Object.keys(defaults).filter((name) => !compiled?.has(name) && pythonTruthy(defaults[name]));
    this.missingMemo = { compiled, defaults, names };
    return names;
  }

  private guard<R>(name: string, fallback: R, run: () => R): R {
    try {
      return run();
    } catch (error) {
      this.evaluationFailed(name, error);
      return fallback;
    }
  }

  private explain<T>(compiled: CompiledDocument, name: string, context: Context, defaultValue: T): EvaluationDetails<T> {
    try {
      return compiled.evaluateDetails(name, context ?? {}, defaultValue);
    } catch (error) {
      return failed(defaultValue, "GENERAL", this.evaluationFailed(name, error).message);
    }
  }

  /** Throws in strict mode; otherwise logs the defect once and returns it. */
  private evaluationFailed(name: string, error: unknown): FlagEvaluationError {
    const wrapped = new FlagEvaluationError(name, { cause: error });
    if (this.options.strict) throw wrapped;
    this.log.warnOnce(`evaluation-failed\n${wrapped.message}`, "flagtype: evaluation-failed; using caller defaults", { error: wrapped.message });
    return wrapped;
  }
}
