import type { Timers } from "../../runtime/stores/timers.js";

/** A timeout handed out by {@link FakeTimers}: how long it was asked for, and a way to make it fire. */
export interface FakeTimeout {
  readonly ms: number;
  readonly signal: AbortSignal;
  fire(): void;
}

/**
 * Timers for tests: nothing waits on a real clock. Each `timeout(ms)` is recorded and aborts only
 * when the test fires it; each `sleep(ms)` is recorded and resolves at once (or rejects if its
 * signal has aborted).
 * @example
 * const timers = new FakeTimers();
 * const signal = timers.timeout(30);
 * timers.timeouts[0]?.fire(); // signal.aborted === true
 */
export class FakeTimers implements Timers {
  readonly timeouts: FakeTimeout[] = [];
  readonly sleeps: number[] = [];

  timeout(ms: number): AbortSignal {
    const controller = new AbortController();
    this.timeouts.push({
      ms,
      signal: controller.signal,
      fire: () => controller.abort(new DOMException(`fake ${ms} ms timeout fired`, "TimeoutError")),
    });
    return controller.signal;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    signal?.throwIfAborted();
  }
}
