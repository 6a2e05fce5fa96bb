import { eitherSignal, REAL_TIMERS, type Timers } from "./timers.js";

/** Retries for transient failures (throttling, 5xx, network). Defaults: 3 attempts, 100 ms base, 1 s cap. */
export interface RetryOptions {
  /** Attempts per call, first one included. */
  readonly maxAttempts?: number;
  /** Delay before the first retry; doubles per retry, with jitter. */
  readonly baseDelayMs?: number;
  /** Upper bound of one delay. */
  readonly maxDelayMs?: number;
}

/** Everything one refresh may spend: per-attempt timeout, retries, and an overall deadline. */
export interface CallBudget {
  readonly timeoutMs: number;
  readonly retry: Required<RetryOptions>;
  /** Absolute time (per `now`) after which no new attempt starts. */
  readonly deadlineAt: number;
  readonly now: () => number;
  readonly isRetryable: (error: unknown) => boolean;
  /** Aborted when the whole refresh runs out of time: cuts the running attempt and the pause before the next. */
  readonly signal?: AbortSignal;
  /** Where attempt timeouts and pauses come from. Default: real timers. */
  readonly timers?: Timers;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000 };

/**
 * Runs `call` with a per-attempt abort signal, retrying retryable failures with
 * jittered exponential backoff until attempts or the deadline run out, or the
 * budget's signal aborts; then the last error is thrown.
 */
export async function callWithRetries<T>(call: (signal: AbortSignal) => Promise<T>, budget: CallBudget): Promise<T> {
  const timers = budget.timers ?? REAL_TIMERS;
  for (let attempt = 1; ; attempt += 1) {
    budget.signal?.throwIfAborted();
    const remaining = budget.deadlineAt - budget.now();
    const attemptSignal = eitherSignal(budget.signal, timers.timeout(Math.max(1, Math.min(budget.timeoutMs, remaining))));
    try {
      return await call(attemptSignal);
    } catch (error) {
      const delay = backoffDelay(attempt, budget.retry);
      const outOfTime = budget.signal?.aborted === true || budget.now() + delay >= budget.deadlineAt;
      if (attempt >= budget.retry.maxAttempts || outOfTime || !budget.isRetryable(error)) throw error;
      await timers.sleep(delay, budget.signal);
    }
  }
}

/** Half fixed, half random, so a fleet of cold starts does not retry in lockstep. */
export function backoffDelay(attempt: number, retry: Required<RetryOptions>): number {
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
