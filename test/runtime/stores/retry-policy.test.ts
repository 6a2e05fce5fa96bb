import { describe, expect, it } from "vitest";
import { backoffDelay, callWithRetries, DEFAULT_RETRY, type CallBudget } from "../../../runtime/stores/retry-policy.js";
import { FakeTimers } from "../../support/fake-timers.js";

const transient = Object.assign(new Error("throttled"), { $metadata: { httpStatusCode: 429 } });

function budget(overrides: Partial<CallBudget> = {}): CallBudget {
  return {
    timeoutMs: 1000,
    retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2 },
    deadlineAt: Number.POSITIVE_INFINITY,
    now: () => 0,
    isRetryable: () => true,
    timers: new FakeTimers(),
    ...overrides,
  };
}

describe("callWithRetries", () => {
  it("retries until success, pausing with backoff between attempts", async () => {
    const timers = new FakeTimers();
    let calls = 0;
    const result = await callWithRetries(async () => (++calls < 3 ? Promise.reject(transient) : "ok"), budget({ timers }));
    expect([result, calls]).toEqual(["ok", 3]);
    expect(timers.sleeps).toHaveLength(2);
  });

  it("stops after maxAttempts with the last error", async () => {
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw new Error(`attempt ${calls}`);
    };
    await expect(callWithRetries(failing, budget())).rejects.toThrow("attempt 4");
  });

  it("does not retry what is not retryable", async () => {
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw transient;
    };
    await expect(callWithRetries(failing, budget({ isRetryable: () => false }))).rejects.toBe(transient);
    expect(calls).toBe(1);
  });

  it("starts no attempt past the deadline", async () => {
    let now = 0;
    let calls = 0;
    const failing = async () => {
      calls += 1;
      now += 400;
      throw transient;
    };
    await expect(callWithRetries(failing, budget({ now: () => now, deadlineAt: 1000, retry: { ...DEFAULT_RETRY, maxAttempts: 10, baseDelayMs: 1 } }))).rejects.toBe(transient);
    expect(calls).toBe(3);
  });

  it("gives each attempt a signal bounded by the timeout and the remaining time", async () => {
    const timers = new FakeTimers();
    let now = 0;
    const signals: AbortSignal[] = [];
    const failing = async (signal: AbortSignal) => {
      signals.push(signal);
      now += 700;
      throw transient;
    };
    await expect(callWithRetries(failing, budget({ timers, timeoutMs: 500, now: () => now, deadlineAt: 1000 }))).rejects.toBe(transient);
    expect(timers.timeouts.map((timeout) => timeout.ms)).toEqual([500, 300]);
    expect(signals[1]?.aborted).toBe(false);
    timers.timeouts[1]?.fire();
    expect(signals[1]?.aborted).toBe(true);
  });

  it("stops at once when the refresh's signal aborts, during an attempt or the pause after it", async () => {
    const refresh = new AbortController();
    let calls = 0;
    const hanging = (signal: AbortSignal) =>
      new Promise<never>((_resolve, reject) => {
        calls += 1;
        signal.addEventListener("abort", () => reject(signal.reason), { once: true });
        refresh.abort(new Error("refresh deadline"));
      });
    await expect(callWithRetries(hanging, budget({ signal: refresh.signal }))).rejects.toThrow("refresh deadline");
    expect(calls).toBe(1);
    await expect(callWithRetries(async () => "never called", budget({ signal: refresh.signal }))).rejects.toThrow("refresh deadline");
  });
});

describe("backoffDelay", () => {
  it("doubles per attempt within [ceiling/2, ceiling] and respects the cap", () => {
    const retry = { maxAttempts: 9, baseDelayMs: 100, maxDelayMs: 1000 };
    for (const [attempt, ceiling] of [[1, 100], [2, 200], [3, 400], [4, 800], [5, 1000], [8, 1000]] as const) {
      const delay = backoffDelay(attempt, retry);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });
});
