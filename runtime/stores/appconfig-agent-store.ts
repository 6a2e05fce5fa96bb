import { ConfigurationStoreError } from "../errors.js";
import type { Clock, ConfigurationStore } from "../types.js";
import { getFromAgent, type AgentTarget } from "./agent-http.js";
import { decodeConfiguration, DEFAULT_MAX_BODY_BYTES, oversizeError, sameBytes } from "./configuration-body.js";
import { contextHeaders } from "./context-headers.js";
import { RefreshCache, type Outcome } from "./refresh-cache.js";

/** Options of {@link AppConfigAgentStore}. */
export interface AppConfigAgentStoreOptions {
  readonly application: string;
  readonly environment: string;
  readonly profile: string;
  /** Agent port. Default: `AWS_APPCONFIG_EXTENSION_HTTP_PORT`, else 2772. */
  readonly port?: number;
  /**
   * Milliseconds one refresh (the local HTTP call, body included) may keep a caller waiting; then
   * it is aborted, the failure is cached for `maxAge` and callers fall back to the last known good
   * (or build-time) document. Default: 1000.
   */
  readonly timeoutMs?: number;
  /** Seconds a fetched document (or a failure) is reused without calling the agent. Default: 5. */
  readonly maxAge?: number;
  /** Largest configuration body accepted; a larger one is a store failure. Default: 4 MiB (AppConfig's largest configuration is 4 MB). */
  readonly maxBodyBytes?: number;
  /** JMESPath expression selecting the features object inside a larger document. Default: the whole document. */
  readonly envelope?: string;
  /** Source of "now" for cache age. Default: `() => new Date()`. */
  readonly clock?: Clock;
}

const DEFAULT_AGENT_PORT = 2772;
const DEFAULT_TIMEOUT_MS = 1000;

/**
 * Reads a features document from the AppConfig agent or Lambda extension on
 * localhost, which polls AppConfig itself. An unchanged payload keeps the same
 * document object; 404 and every other failure throw {@link ConfigurationStoreError}.
 * @example
 * // Lambda with the AppConfig extension layer:
 * const store = new AppConfigAgentStore({ application: "shop", environment: "prod", profile: "features" });
 */
export class AppConfigAgentStore implements ConfigurationStore {
  /** The agent URL this store reads. */
  readonly url: string;
  private readonly target: AgentTarget;
  private readonly cache: RefreshCache;
  private readonly now: () => number;
  private lastBody: Uint8Array | undefined;
  private lastOutcome: Outcome | undefined;

  constructor(private readonly options: AppConfigAgentStoreOptions) {
    const clock = options.clock;
    this.now = clock ? () => clock().getTime() : Date.now;
    const deadlineMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.cache = new RefreshCache({
      now: this.now,
      maxAgeMs: (options.maxAge ?? 5) * 1000,
      deadlineMs,
      timedOut: () => new ConfigurationStoreError(`${this.describeTarget()}: no answer within ${deadlineMs} ms (timeoutMs)`),
    });
    const [application, environment, profile] = [options.application, options.environment, options.profile].map(encodeURIComponent);
    this.target = { port: agentPort(options.port), path: `/applications/${application}/environments/${environment}/configurations/${profile}` };
    this.url = `http://localhost:${this.target.port}${this.target.path}`;
  }

  /** The current document; throws {@link ConfigurationStoreError} when the agent cannot provide it. */
  getConfiguration(): Promise<unknown> {
    return this.cache.get(async (signal) => ({ outcome: await this.fetchOutcome(signal) }));
  }

  /** The cached document while no refresh is due, without I/O; `undefined` otherwise. */
  peek(): unknown {
    return this.cache.peek();
  }

  /**
   * One flag of an `AWS.AppConfig.FeatureFlags` profile as the agent evaluates it for `context`
   * (`?flag=` with `Context` headers): `{_variant, enabled, …attributes}` for a multi-variant flag.
   * Not cached: the answer depends on the context. Throws {@link ConfigurationStoreError}.
   * @example await store.getFlag("new_search", { plan: "pro" }) // { _variant: "Beta", enabled: true, ranking: "vector" }
   */
  getFlag(name: string, context: Readonly<Record<string, unknown>>): Promise<unknown> {
    return this.askForFlags(`?flag=${encodeURIComponent(name)}`, context, `flag ${JSON.stringify(name)}`);
  }

  /** Every flag of the profile as the agent evaluates them for `context`, keyed by flag. Not cached. */
  getFlags(context: Readonly<Record<string, unknown>>): Promise<unknown> {
    return this.askForFlags("", context, "its flags");
  }

  private async askForFlags(query: string, context: Readonly<Record<string, unknown>>, what: string): Promise<unknown> {
    const source = `${this.describeTarget()}, ${what}`;
    const encoded = contextHeaders(context);
    if ("unsendable" in encoded) throw new ConfigurationStoreError(`${source}: ${encoded.unsendable}`);
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    let answer: Awaited<ReturnType<typeof getFromAgent>>;
    try {
      answer = await getFromAgent({ ...this.target, path: `${this.target.path}${query}`, headers: { Context: encoded.headers } }, AbortSignal.timeout(timeoutMs), maxBytes);
    } catch (error) {
      throw new ConfigurationStoreError(`${source}: ${describeRequestError(error)}`, { cause: error });
    }
    if ("oversizeBytes" in answer) throw oversizeError(source, answer.oversizeBytes, maxBytes);
    if (answer.status < 200 || answer.status > 299) {
      throw new ConfigurationStoreError(`${source}: agent answered HTTP ${answer.status} ${new TextDecoder().decode(answer.body.subarray(0, 200))}`.trim());
    }
    const decoded = await decodeConfiguration(answer.body, undefined, source);
    if ("error" in decoded) throw decoded.error;
    return decoded.document;
  }

  private describeTarget(): string {
    return `AppConfig agent configuration ${this.options.application}/${this.options.environment}/${this.options.profile}`;
  }

  private async fetchOutcome(signal: AbortSignal): Promise<Outcome> {
    const source = this.describeTarget();
    const maxBytes = this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    try {
      const answer = await getFromAgent(this.target, signal, maxBytes);
      if ("oversizeBytes" in answer) return { error: oversizeError(source, answer.oversizeBytes, maxBytes) };
      const { status, body } = answer;
      if (status < 200 || status > 299) {
        const detail = new TextDecoder().decode(body.subarray(0, 200));
        return { error: new ConfigurationStoreError(`${source}: agent answered HTTP ${status} ${detail}`.trim()) };
      }
      if (this.lastOutcome && sameBytes(this.lastBody, body)) return this.lastOutcome;
      this.lastBody = body;
      this.lastOutcome = await decodeConfiguration(body, this.options.envelope, source);
      return this.lastOutcome;
    } catch (error) {
      return { error: new ConfigurationStoreError(`${source}: ${describeRequestError(error)}`, { cause: error }) };
    }
  }
}

function agentPort(explicit: number | undefined): number {
  if (explicit !== undefined) return explicit;
  const fromEnvironment = Number(process.env["AWS_APPCONFIG_EXTENSION_HTTP_PORT"]);
  return Number.isInteger(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : DEFAULT_AGENT_PORT;
}

function describeRequestError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.name}: ${error.message}${cause}`;
}
