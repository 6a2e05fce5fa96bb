import { isJsonObject, memberOf } from "../engine/json-shape.js";
import { ConfigurationStoreError, DocumentValidationError, FlagEvaluationError } from "../errors.js";
import type { EvaluationDetails, FallbackSource } from "../evaluation-details.js";
import { OnceLogger } from "../safe-logger.js";
import type { ConfigurationStore, Logger } from "../types.js";
import { AnswerShapes } from "./answer-shapes.js";
import { answersOfStored, isStoredDocument, type FlagAnswer } from "./flag-answer.js";

type Context = Readonly<Record<string, unknown>>;
type Answers = Readonly<Record<string, FlagAnswer>>;
/** An answer from the live profile (unchecked), or which fallback stands in for it and why. */
type LiveAnswer = { readonly answer: unknown } | { readonly fallback: FallbackSource; readonly message: string };

/**
 * A store that can ask the AppConfig agent to evaluate multi-variant flags for a context
 * (`AppConfigAgentStore` does): one flag (`?flag=`), or the whole profile.
 */
export interface VariantStore {
  getFlag(name: string, context: Context): Promise<unknown>;
  getFlags(context: Context): Promise<unknown>;
}

export interface NativeFeatureFlagsOptions {
  /** Serves the profile's retrieval map (agent, data API) or a stored document (FileStore). */
  readonly store: ConfigurationStore & Partial<VariantStore>;
  /** The build-time stored document: its answers are the last fallback and its definitions the generated types. */
  readonly fallbackDocument: unknown;
  /** Receives one message per distinct cause. Default: `console`. */
  readonly logger?: Logger;
  /** Throw typed errors instead of falling back. Default: `false`. */
  readonly strict?: boolean;
}

/**
 * Reads an `AWS.AppConfig.FeatureFlags` profile: basic flags from the profile's JSON map (cached by
 * the store), multi-variant flags from the AppConfig agent per call with the caller's context.
 * Every answer is checked against the generated types (recovered from the build-time document);
 * by default it never throws: a failed store, an invalid map or an answer that breaks its type
 * falls back to the last known good map, then to the build-time answer (a multi-variant flag's
 * default variant), each cause logged once. A flag the live profile lacks answers from the
 * build-time document. `strict: true` throws instead.
 * @example
 * const flags = new NativeFeatureFlags({ store: new AppConfigAgentStore({ application, environment, profile: "shop" }), fallbackDocument });
 * await flags.evaluate("new_search", { plan: "pro" }); // { _variant: "Beta", enabled: true, ranking: "vector" }
 */
export class NativeFeatureFlags {
  private readonly log: OnceLogger;
  private readonly shapes: AnswerShapes;
  private readonly buildTime: Answers;
  private lastGood: Answers | undefined;
  private lastRaw: { readonly raw: unknown; readonly answers: Answers } | undefined;
  /** Set while answers come from a fallback, so recovery re-arms the once-per-cause messages. */
  private degraded = false;

  constructor(private readonly options: NativeFeatureFlagsOptions) {
    this.log = new OnceLogger(options.logger ?? console);
    this.shapes = AnswerShapes.of(options.fallbackDocument);
    this.buildTime = answersOfStored(options.fallbackDocument);
  }

  /** The flag's answer for `context`: `{enabled, …attributes}`, with `_variant` for a multi-variant flag. */
  async evaluate(name: string, context: Context = {}): Promise<FlagAnswer> {
    return (await this.evaluateDetails(name, context)).value as FlagAnswer;
  }

  /**
   * The answer with how it was reached: `STATIC` for a basic flag, `RULE_MATCH` when a variant other
   * than the default was chosen, `DEFAULT` for the default variant (`variant` names it), `FALLBACK`
   * with `source` when the live profile could not answer or its answer broke the generated type.
   */
  async evaluateDetails(name: string, context: Context = {}): Promise<EvaluationDetails<FlagAnswer>> {
    const fromAgent = this.shapes.hasVariants(name) && this.options.store.getFlag !== undefined;
    return this.checked(name, fromAgent ? await this.agentAnswer(name, () => this.options.store.getFlag?.(name, context)) : await this.mapAnswer(name));
  }

  /** A live answer checked against the generated type, or the fallback it stands for. */
  private checked(name: string, live: LiveAnswer): EvaluationDetails<FlagAnswer> {
    if ("fallback" in live) return this.fallBack(name, live.fallback, live.message);
    const misfit = this.shapes.misfit(name, live.answer);
    if (misfit === undefined) return this.details(name, live.answer);
    const message = `the live answer for "${name}" ${misfit}`;
    if (this.options.strict) throw new FlagEvaluationError(name, { cause: new TypeError(message) });
    this.log.warnOnce(`type-drift\n${name}`, `flagtype: type-drift; using the build-time answer for "${name}"`, { cause: "type-drift", flag: name, error: message });
    return this.fallBack(name, "build-time-defaults", message);
  }

  /**
   * Names of the flags that are enabled for `context`, in the build-time document's order. With
   * the agent, multi-variant flags are evaluated in one request for the whole profile.
   */
  async getEnabledFeatures(context: Context = {}): Promise<string[]> {
    const names = Object.keys(this.buildTime);
    const profile = names.some((name) => this.shapes.hasVariants(name)) ? await this.profileForContext(context) : undefined;
    const answers = await Promise.all(
      names.map((name) => (profile && this.shapes.hasVariants(name) ? this.checked(name, profileAnswer(profile, name)) : this.evaluateDetails(name, context))),
    );
    return names.filter((_name, index) => (answers[index]?.value as FlagAnswer | undefined)?.enabled === true);
  }

  /** The agent's answers for the whole profile and `context`, or the fallback standing for every variant flag. */
  private async profileForContext(context: Context): Promise<Readonly<Record<string, unknown>> | LiveAnswer | undefined> {
    const getFlags = this.options.store.getFlags;
    if (!getFlags) return undefined;
    const live = await this.agentAnswer("(enabled features)", () => getFlags.call(this.options.store, context));
    if ("fallback" in live) return live;
    return isJsonObject(live.answer) ? live.answer : { fallback: "build-time-defaults", message: "the agent's answer for the profile is not an object of flags" };
  }

  private async agentAnswer(name: string, ask: () => Promise<unknown> | undefined): Promise<LiveAnswer> {
    try {
      return { answer: await ask() };
    } catch (error) {
      const failure = asStoreError(error);
      if (this.options.strict) throw failure;
      this.log.errorOnce(`variant-failed\n${failure.message}`, "flagtype: store-failed; using the build-time default variant", { cause: "store-failed", flag: name, error: failure.message });
      return { fallback: "build-time-defaults", message: failure.message };
    }
  }

  private async mapAnswer(name: string): Promise<LiveAnswer> {
    const loaded = await this.answers();
    if ("failure" in loaded) return { fallback: this.lastGood ? "last-known-good" : "build-time-defaults", message: loaded.failure.message };
    if (!Object.hasOwn(loaded.answers, name)) return { fallback: "build-time-defaults", message: `flag ${JSON.stringify(name)} is not in the live profile` };
    return { answer: loaded.answers[name] };
  }

  private async answers(): Promise<{ answers: Answers } | { failure: Error }> {
    let raw: unknown;
    try {
      raw = await this.options.store.getConfiguration();
    } catch (error) {
      return this.failed("store-failed", asStoreError(error));
    }
    const remembered = this.lastRaw;
    if (remembered !== undefined && remembered.raw === raw) return { answers: remembered.answers };
    const answers = isStoredDocument(raw) ? answersOfStored(raw) : raw;
    const invalid = invalidMap(answers);
    if (invalid) return this.failed("document-invalid", new DocumentValidationError([{ path: invalid.path, message: invalid.message }]));
    this.lastRaw = { raw, answers: answers as Answers };
    this.lastGood = answers as Answers;
    if (this.degraded) {
      this.degraded = false;
      this.log.forget();
    }
    return { answers: answers as Answers };
  }

  private failed(cause: string, error: ConfigurationStoreError | DocumentValidationError): { failure: Error } {
    if (this.options.strict) throw error;
    this.degraded = true;
    const fallback = this.lastGood ? "last known good profile" : "build-time answers";
    this.log.warnOnce(`${cause}\n${error.message}`, `flagtype: ${cause}; using ${fallback}`, { cause, fallback, error: error.message });
    return { failure: error };
  }

  private fallBack(name: string, source: FallbackSource, message: string): EvaluationDetails<FlagAnswer> {
    const answers = source === "last-known-good" && this.lastGood && Object.hasOwn(this.lastGood, name) ? this.lastGood : this.buildTime;
    const answer = answers[name] ?? { enabled: false };
    const variant = answer._variant;
    return { value: answer, reason: "FALLBACK", source: answers === this.buildTime ? "build-time-defaults" : source, errorMessage: message, ...(variant !== undefined ? { variant } : {}) };
  }

  private details(name: string, answer: unknown): EvaluationDetails<FlagAnswer> {
    const value = answer as FlagAnswer;
    const variant = value._variant;
    if (variant === undefined) return { value, reason: "STATIC" };
    const isDefault = this.buildTime[name]?._variant === variant;
    return { value, reason: isDefault ? "DEFAULT" : "RULE_MATCH", variant };
  }
}

/** One flag's answer in the agent's answer for a whole profile (or the fallback standing in for all of them). */
function profileAnswer(profile: Readonly<Record<string, unknown>> | LiveAnswer, name: string): LiveAnswer {
  if ("fallback" in profile && typeof profile.fallback === "string") return profile as LiveAnswer;
  const answers = profile as Readonly<Record<string, unknown>>;
  return Object.hasOwn(answers, name) ? { answer: answers[name] } : { fallback: "build-time-defaults", message: `flag ${JSON.stringify(name)} is not in the agent's answer` };
}

/** Why a live document is not a retrieval map of flag answers, if it is not. */
function invalidMap(document: unknown): { path: string[]; message: string } | undefined {
  if (!isJsonObject(document)) return { path: [], message: "a feature-flag profile must be an object of flags" };
  for (const key of Object.keys(document)) {
    const answer = memberOf(document, key);
    if (!isJsonObject(answer) || typeof memberOf(answer, "enabled") !== "boolean") {
      return { path: [key], message: "each flag must be an object with enabled true or false" };
    }
  }
  return undefined;
}

function asStoreError(error: unknown): ConfigurationStoreError {
  if (error instanceof ConfigurationStoreError) return error;
  return new ConfigurationStoreError(`store failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
