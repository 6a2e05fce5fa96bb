import { ConfigurationStoreError } from "../errors.js";
import type { Clock, ConfigurationStore } from "../types.js";
import type { AppConfigDataClientLike } from "./appconfig-client.js";
import { AppConfigSession, isTransientAwsError } from "./appconfig-session.js";
import { decodeConfiguration, DEFAULT_MAX_BODY_BYTES, oversizeError, sameBytes } from "./configuration-body.js";
import { missingPeer } from "./optional-peer.js";
import { RefreshCache, type Outcome, type RefreshResult } from "./refresh-cache.js";
import { DEFAULT_RETRY, type CallBudget, type RetryOptions } from "./retry-policy.js";

/** Options of {@link AppConfigStore}. */
export interface AppConfigStoreOptions {
  /** AppConfig application name or id. */
  readonly application: string;
  /** AppConfig environment name or id. */
  readonly environment: string;
  /** Configuration profile name or id (a freeform JSON profile holding the features document). */
  readonly profile: string;
  /** Seconds a fetched document (or a failure) is reused without any network call. Default: 5. */
  readonly maxAge?: number;
  /** JMESPath expression selecting the features object inside a larger document. Default: the whole document. */
  readonly envelope?: string;
  /** A configured `AppConfigDataClient` (region, credentials, endpoint). Default: one built on first use with `maxAttempts: 1`. */
  readonly client?: AppConfigDataClientLike;
  /** Sent when the session starts (15–86400); the service then answers with this poll interval. Default: not sent. */
  readonly requiredMinimumPollIntervalInSeconds?: number;
  /** Milliseconds one HTTP attempt may take before it is aborted. Default: 700. */
  readonly timeoutMs?: number;
  /**
   * Milliseconds one refresh (SDK load, session start, poll, retries) may keep a caller waiting;
   * then the refresh is aborted, the failure is cached for `maxAge` and callers fall back to the
   * last known good (or build-time) document. Default: 1000, which leaves most of a 3 s Lambda
   * timeout to the handler.
   */
  readonly deadlineMs?: number;
  /** Largest configuration body accepted; a larger one is a store failure. Default: 4 MiB (AppConfig's largest configuration is 4 MB). */
  readonly maxBodyBytes?: number;
  /** Backoff for throttling, 5xx and network failures. Default: 3 attempts, 100 ms doubling, 1 s cap. */
  readonly retry?: RetryOptions;
  /** Source of "now" for cache age and poll intervals. Default: `() => new Date()`. */
  readonly clock?: Clock;
}

type AppConfigDataSdk = typeof import("@aws-sdk/client-appconfigdata");

const DEFAULT_TIMEOUT_MS = 700;
const DEFAULT_DEADLINE_MS = 1000;

/**
 * Reads a features document through the AppConfig data API: one configuration
 * session with token rotation, an empty answer meaning "unchanged" (the same
 * document object is returned), no network call within `maxAge` nor before the
 * service's next poll interval, one shared refresh for concurrent callers, and
 * bounded retries. Failures throw {@link ConfigurationStoreError}.
 * The AWS SDK (an optional peer dependency) is loaded on first use only.
 * @example
 * const store = new AppConfigStore({ application: "shop", environment: "prod", profile: "features", maxAge: 30 });
 * const flags = new FeatureFlags({ store });
 */
export class AppConfigStore implements ConfigurationStore {
  private readonly cache: RefreshCache;
  private readonly now: () => number;
  private session: Promise<AppConfigSession> | undefined;
  private lastBody: Uint8Array | undefined;
  private lastOutcome: Outcome | undefined;
  private nextPollAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: AppConfigStoreOptions) {
    const clock = options.clock;
    this.now = clock ? () => clock().getTime() : Date.now;
    const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    this.cache = new RefreshCache({
      now: this.now,
      maxAgeMs: (options.maxAge ?? 5) * 1000,
      deadlineMs,
      timedOut: () => this.storeError(`no answer within the ${deadlineMs} ms refresh deadline (deadlineMs)`),
    });
  }

  /** The current document; throws {@link ConfigurationStoreError} when it cannot be fetched or decoded. */
  getConfiguration(): Promise<unknown> {
    return this.cache.get((signal) => this.refresh(signal));
  }

  /** The cached document while no refresh is due, without I/O; `undefined` otherwise. */
  peek(): unknown {
    return this.cache.peek();
  }

  private async refresh(signal: AbortSignal): Promise<RefreshResult> {
    const outcome = await this.fetchOutcome(this.now(), signal);
    return { outcome, noRefreshBefore: this.nextPollAt };
  }

  private async fetchOutcome(startedAt: number, signal: AbortSignal): Promise<Outcome> {
    try {
      const session = await this.openSession();
      const answer = await session.poll(this.budget(startedAt, signal));
      if (answer.nextPollIntervalSeconds !== undefined) this.nextPollAt = this.now() + answer.nextPollIntervalSeconds * 1000;
      const maxBytes = this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      if (answer.body !== undefined && answer.body.byteLength > maxBytes) {
        // Remembered like a malformed version: while AppConfig says "unchanged", it is still the deployed one.
        this.lastBody = undefined;
        this.lastOutcome = { error: oversizeError(this.describeTarget(), answer.body.byteLength, maxBytes) };
        return this.lastOutcome;
      }
      if (answer.body === undefined || sameBytes(this.lastBody, answer.body)) {
        return this.lastOutcome ?? { error: this.storeError("AppConfig sent no configuration") };
      }
      this.lastBody = answer.body;
      this.lastOutcome = await decodeConfiguration(answer.body, this.options.envelope, this.describeTarget());
      return this.lastOutcome;
    } catch (error) {
      return { error: this.storeError(error instanceof Error ? error.message : String(error), error) };
    }
  }

  private openSession(): Promise<AppConfigSession> {
    if (this.session) return this.session;
    const session = loadSdk().then((sdk) => {
      const client = this.options.client ?? new sdk.AppConfigDataClient({ maxAttempts: 1 });
      return new AppConfigSession(sdk, client, this.options);
    });
    // A failed SDK load is retried on the next refresh rather than remembered forever.
    session.catch(() => {
      if (this.session === session) this.session = undefined;
    });
    this.session = session;
    return session;
  }

  private budget(startedAt: number, signal: AbortSignal): CallBudget {
    return {
      timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retry: {
        maxAttempts: this.options.retry?.maxAttempts ?? DEFAULT_RETRY.maxAttempts,
        baseDelayMs: this.options.retry?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
        maxDelayMs: this.options.retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
      },
      deadlineAt: startedAt + (this.options.deadlineMs ?? DEFAULT_DEADLINE_MS),
      now: this.now,
      isRetryable: isTransientAwsError,
      signal,
    };
  }

  private storeError(message: string, cause?: unknown): ConfigurationStoreError {
    return new ConfigurationStoreError(`${this.describeTarget()}: ${message}`, { cause });
  }

  private describeTarget(): string {
    const { application, environment, profile } = this.options;
    return `AppConfig configuration ${application}/${environment}/${profile}`;
  }
}

function loadSdk(): Promise<AppConfigDataSdk> {
  return import("@aws-sdk/client-appconfigdata").catch(missingPeer("@aws-sdk/client-appconfigdata", "AppConfigStore"));
}
