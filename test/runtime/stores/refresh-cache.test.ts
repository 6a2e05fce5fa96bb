import { describe, expect, it } from "vitest";
import { ConfigurationStoreError } from "../../../runtime/errors.js";
import { RefreshCache, type RefreshResult } from "../../../runtime/stores/refresh-cache.js";
import { FakeTimers } from "../../support/fake-timers.js";
import { manualClock } from "../../support/sdk-client.js";

const DOCUMENT = { beta: { default: true } };

function cacheWith(clock: ReturnType<typeof manualClock>, timers = new FakeTimers()) {
  const late = new ConfigurationStoreError("no answer within 1000 ms");
  const cache = new RefreshCache({ now: clock.now, maxAgeMs: 5000, deadlineMs: 1000, timedOut: () => late, timers });
  return { cache, timers, late };
}

/** A refresh that never settles by itself, only rejects when its signal aborts; counts its runs. */
function hangingRefresh() {
  const runs: AbortSignal[] = [];
  const refresh = (signal: AbortSignal) =>
    new Promise<RefreshResult>((_resolve, reject) => {
      runs.push(signal);
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    });
  return { refresh, runs };
}

describe("RefreshCache", () => {
  it("starts the cache window when a refresh ends, so a refresh slower than maxAge is not stale on arrival", async () => {
    const clock = manualClock();
    const { cache } = cacheWith(clock);
    let runs = 0;
    const slowRefresh = async (): Promise<RefreshResult> => {
      runs += 1;
      clock.advance(6000); // longer than maxAge
      return { outcome: { document: DOCUMENT } };
    };
    expect(await cache.get(slowRefresh)).toBe(DOCUMENT);
    clock.advance(4999);
    expect(await cache.get(slowRefresh)).toBe(DOCUMENT);
    expect(runs).toBe(1);
    clock.advance(1);
    await cache.get(slowRefresh);
    expect(runs).toBe(2);
  });

  it("answers callers with the deadline failure when the deadline fires, aborts the refresh, and caches the failure for maxAge", async () => {
    const clock = manualClock();
    const { cache, timers, late } = cacheWith(clock);
    const { refresh, runs } = hangingRefresh();
    const callers = Promise.allSettled([cache.get(refresh), cache.get(refresh)]);
    expect(timers.timeouts.map((timeout) => timeout.ms)).toEqual([1000]);
    timers.timeouts[0]?.fire();
    expect((await callers).map((result) => result.status === "rejected" && result.reason)).toEqual([late, late]);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.aborted).toBe(true);
    clock.advance(4999);
    await expect(cache.get(refresh)).rejects.toBe(late);
    expect(runs).toHaveLength(1);
    clock.advance(1);
    const next = cache.get(refresh);
    expect(runs).toHaveLength(2);
    timers.timeouts[1]?.fire();
    await expect(next).rejects.toBe(late);
  });

  it("caches a refresh that throws as a failure too", async () => {
    const clock = manualClock();
    const { cache } = cacheWith(clock);
    let runs = 0;
    const broken = async (): Promise<RefreshResult> => {
      runs += 1;
      throw new Error("defect");
    };
    await expect(cache.get(broken)).rejects.toThrow(ConfigurationStoreError);
    await expect(cache.get(broken)).rejects.toThrow("defect");
    expect(runs).toBe(1);
  });

  it("keeps the window open until the next poll a refresh announces", async () => {
    const clock = manualClock();
    const { cache } = cacheWith(clock);
    let runs = 0;
    const refresh = async (): Promise<RefreshResult> => {
      runs += 1;
      return { outcome: { document: DOCUMENT }, noRefreshBefore: clock.now() + 30_000 };
    };
    await cache.get(refresh);
    clock.advance(29_999);
    await cache.get(refresh);
    expect(runs).toBe(1);
  });

  it("peeks at a fresh document without refreshing, and at nothing when stale or failed", async () => {
    const clock = manualClock();
    const { cache } = cacheWith(clock);
    expect(cache.peek()).toBeUndefined();
    await cache.get(async () => ({ outcome: { document: DOCUMENT } }));
    expect(cache.peek()).toBe(DOCUMENT);
    clock.advance(5000);
    expect(cache.peek()).toBeUndefined();
    await expect(cache.get(async () => ({ outcome: { error: new ConfigurationStoreError("down") } }))).rejects.toThrow("down");
    expect(cache.peek()).toBeUndefined();
  });
});
