import { ConfigurationStoreError } from "../errors.js";
import { REAL_TIMERS, type Timers } from "./timers.js";

/** A document, or the store error that stands in its place. */
export type Outcome = { readonly document: unknown } | { readonly error: ConfigurationStoreError };

/** What a refresh produced; `noRefreshBefore` (per the store's clock) can stretch the cache window, never shorten it. */
export interface RefreshResult {
  readonly outcome: Outcome;
  readonly noRefreshBefore?: number;
}

/** How a {@link RefreshCache} times its refreshes. */
export interface RefreshPolicy {
  /** The store's clock, in milliseconds. */
  readonly now: () => number;
  /** How long an outcome, document or failure, is reused after the refresh that produced it ended. */
  readonly maxAgeMs: number;
  /** Real time one refresh may take before its callers get `timedOut()` and its signal aborts. */
  readonly deadlineMs: number;
  /** The failure that stands for a refresh that missed its deadline. */
  readonly timedOut: () => ConfigurationStoreError;
  readonly timers?: Timers;
}

/**
 * Serves the last outcome while it is fresh and lets concurrent callers share one
 * in-flight refresh. Failures are cached like documents, so a broken or hanging
 * backend costs one refresh per window instead of one per evaluation; the window
 * starts when the refresh ends, so a slow refresh is not stale on arrival. No caller
 * waits longer than the deadline: then the refresh's signal aborts and its callers
 * get the deadline failure (which `FeatureFlags` turns into a fallback).
 * @example
 * const cache = new RefreshCache({ now: Date.now, maxAgeMs: 5000, deadlineMs: 1000, timedOut: () => new ConfigurationStoreError("late") });
 * await cache.get((signal) => fetchOutcome(signal));
 */
export class RefreshCache {
  private last: { readonly outcome: Outcome; readonly reuseUntil: number } | undefined;
  private inFlight: Promise<Outcome> | undefined;

  constructor(private readonly policy: RefreshPolicy) {}

  /** The cached document while it is fresh; `undefined` when a refresh is due or the fresh outcome is a failure. */
  peek(): unknown {
    const last = this.last;
    if (last === undefined || !("document" in last.outcome) || this.policy.now() >= last.reuseUntil) return undefined;
    return last.outcome.document;
  }

  async get(refresh: (signal: AbortSignal) => Promise<RefreshResult>): Promise<unknown> {
    const last = this.last;
    if (last && this.policy.now() < last.reuseUntil) return unwrap(last.outcome);
    this.inFlight ??= this.run(refresh);
    return unwrap(await this.inFlight);
  }

  private async run(refresh: (signal: AbortSignal) => Promise<RefreshResult>): Promise<Outcome> {
    const { now, maxAgeMs, deadlineMs, timedOut } = this.policy;
    const deadline = (this.policy.timers ?? REAL_TIMERS).timeout(deadlineMs);
    let onDeadline = (): void => undefined;
    // Registered before the refresh starts, so the deadline failure wins over the abort errors it causes.
    const missed = new Promise<RefreshResult>((resolve) => {
      onDeadline = () => resolve({ outcome: { error: timedOut() } });
      deadline.addEventListener("abort", onDeadline, { once: true });
    });
    try {
      const result = await Promise.race([refresh(deadline).catch(asFailure), missed]);
      this.last = { outcome: result.outcome, reuseUntil: Math.max(now() + maxAgeMs, result.noRefreshBefore ?? Number.NEGATIVE_INFINITY) };
      return result.outcome;
    } finally {
      deadline.removeEventListener("abort", onDeadline);
      this.inFlight = undefined;
    }
  }
}

function asFailure(error: unknown): RefreshResult {
  const wrapped = error instanceof ConfigurationStoreError ? error : new ConfigurationStoreError(String(error), { cause: error });
  return { outcome: { error: wrapped } };
}

function unwrap(outcome: Outcome): unknown {
  if ("error" in outcome) throw outcome.error;
  return outcome.document;
}
