/** Time for commands that wait (`deploy --wait`): reading it and sleeping. Tests pass a virtual one. */
export interface Clock {
  /** Milliseconds, only compared with other readings of the same clock. */
  now(): number;
  /** Resolves after `ms`, or as soon as `signal` aborts (at once if it already has). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The wall clock and timers. */
export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) {
        resolve();
        return;
      }
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener("abort", done, { once: true });
    }),
};
