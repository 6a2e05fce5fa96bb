/**
 * The real-time waits of a refresh: the abort signals of attempts and deadlines, and the pause
 * between retries. The stores use {@link REAL_TIMERS}; tests inject timers they fire themselves.
 * Neither kind of wait keeps a process alive on its own.
 * @example
 * const signal = REAL_TIMERS.timeout(1000); // aborts with a TimeoutError after one second
 * await REAL_TIMERS.sleep(100, signal);     // rejects early if the signal aborts
 */
export interface Timers {
  /** A signal that aborts after `ms` milliseconds. */
  timeout(ms: number): AbortSignal;
  /** Resolves after `ms` milliseconds; rejects with the signal's reason as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const REAL_TIMERS: Timers = {
  timeout: (ms) => AbortSignal.timeout(ms),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      timer.unref?.();
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};

/** A signal that aborts when either of two does (`AbortSignal.any`, without allocating for one). */
export function eitherSignal(first: AbortSignal | undefined, second: AbortSignal): AbortSignal {
  return first === undefined ? second : AbortSignal.any([first, second]);
}
