import type { AppConfigDataClient } from "@aws-sdk/client-appconfigdata";
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import {
  startAppConfigAgentServer,
  startAppConfigDataServer,
  type AppConfigAgentServer,
  type AppConfigDataServer,
  type Fault,
} from "../../support/local-servers.js";
import { FeatureFlags } from "../../../runtime/feature-flags.js";
import { AppConfigAgentStore } from "../../../runtime/stores/appconfig-agent-store.js";
import { AppConfigStore } from "../../../runtime/stores/appconfig-store.js";
import type { ConfigurationStore } from "../../../runtime/types.js";
import { localDataClient, manualClock } from "../../support/sdk-client.js";

// An outage of AppConfig (or of the agent) while a last known good document is in memory. The store's
// clock is injected and advanced 100 ms per call, so "20 s" is simulated; only the aborts of the hung
// HTTP requests take real time, so the refresh deadline is scaled down from its 1,000 ms default to
// DEADLINE_MS to keep the suite fast. The real-time figures with the defaults are in docs/runtime.md.
const DEADLINE_MS = 150;
const LIVE = { premium_features: { default: false, rules: { p: { when_match: true, conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } } } };
// Deployed during the outage, and the build-time defaults: both say "on" for a free caller, where the
// last known good document says "off". Any `true` below would be a wrong value.
const CHANGED = { premium_features: { default: true } };
const DEFAULTS = CHANGED;
// Generous: catches a caller stuck for a whole outage, not a slow machine.
const ONE_CALL_CEILING_MS = 1000;

const FAULTS = [
  ["hang", { kind: "hang" }],
  ["body slower than the deadline", { kind: "slow-body", chunkDelayMs: 150, chunks: 4 }],
] satisfies [string, Fault][];

let clock: ReturnType<typeof manualClock>;
let warn: Mock<(message: string, ...extra: unknown[]) => void>;

beforeEach(() => {
  clock = manualClock();
  warn = vi.fn();
});

/** Real milliseconds `call` took. */
async function timed<T>(call: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await call();
  return { value, ms: performance.now() - started };
}

/** Sequential callers, one every 100 ms of store time for `seconds`; what they got and how long each waited. */
async function callEvery100ms(flags: FeatureFlags, seconds: number): Promise<{ values: unknown[]; waits: number[] }> {
  const values: unknown[] = [];
  const waits: number[] = [];
  for (let step = 0; step < seconds * 10; step += 1) {
    clock.advance(100);
    const { value, ms } = await timed(() => flags.evaluate("premium_features", { tier: "free" }, "caller-default"));
    values.push(value);
    waits.push(ms);
  }
  return { values, waits };
}

const flagsOver = (store: ConfigurationStore) => new FeatureFlags({ store, logger: { warn }, fallbackDocument: DEFAULTS });
const sum = (numbers: readonly number[]) => numbers.reduce((total, value) => total + value, 0);

describe(`AppConfigStore during an outage (real SDK; store clock advanced per call; deadline scaled to ${DEADLINE_MS} ms)`, () => {
  let server: AppConfigDataServer;
  let client: AppConfigDataClient;
  const polls = () => server.requestCount("GetLatestConfiguration");

  beforeEach(async () => {
    server = await startAppConfigDataServer({ now: clock.now, defaultPollIntervalSeconds: 15 });
    server.deploy("shop", "prod", "features", LIVE);
    client = localDataClient(server.url);
  });
  afterEach(async () => {
    client.destroy();
    await server.close();
  });

  const storeWith = (maxAge: number) =>
    new AppConfigStore({
      application: "shop", environment: "prod", profile: "features", client, clock: clock.date,
      maxAge, deadlineMs: DEADLINE_MS, timeoutMs: 100, retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 40 },
    });

  it.each(FAULTS)("a 20 s %s with a call every 100 ms (maxAge 5 s): one deadline per 5 s window, last known good for all 200 calls", async (_name, fault) => {
    const flags = flagsOver(storeWith(5));
    expect(await flags.evaluate("premium_features", { tier: "free" }, "caller-default")).toBe(false);
    clock.advance(15_000); // past the cache window and the announced poll interval
    server.deploy("shop", "prod", "features", CHANGED);
    server.faults.inject("GetLatestConfiguration", fault, "always");
    const before = polls();

    const { values, waits } = await callEvery100ms(flags, 20);

    expect(new Set(values)).toEqual(new Set([false]));
    // One refresh per 5 s window (at 0.1, 5.1, 10.1 and 15.1 s), each blocking one caller for at most the deadline.
    expect(waits.filter((ms) => ms >= DEADLINE_MS * 0.8)).toHaveLength(4);
    expect(Math.max(...waits)).toBeLessThan(ONE_CALL_CEILING_MS);
    expect(sum(waits)).toBeLessThan(4 * (DEADLINE_MS + 250));
    // No retry storm: at most maxAttempts polls per refresh.
    expect(polls() - before).toBeGreaterThanOrEqual(4);
    expect(polls() - before).toBeLessThanOrEqual(4 * 3);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toBe("flagtype: store-failed; using last known good document");

    server.faults.clear();
    clock.advance(5_000);
    expect(await flags.evaluate("premium_features", { tier: "free" }, "caller-default")).toBe(true);
  });

  it("waves of 200 concurrent callers every 100 ms (maxAge 1 s, hang): only the wave that starts a refresh waits, once per window", async () => {
    const flags = flagsOver(storeWith(1));
    await flags.evaluate("premium_features", { tier: "free" }, "caller-default");
    clock.advance(15_000);
    server.faults.inject("GetLatestConfiguration", { kind: "hang" }, "always");
    const before = polls();
    const waves: number[] = [];
    for (let wave = 0; wave < 30; wave += 1) {
      clock.advance(100);
      const { value, ms } = await timed(() => Promise.all(Array.from({ length: 200 }, () => flags.evaluate("premium_features", { tier: "free" }, "caller-default"))));
      expect(new Set(value)).toEqual(new Set([false]));
      waves.push(ms);
    }
    // Refreshes at 0.1, 1.1 and 2.1 s of the 3 s: three waves wait for the deadline, the other 27 are served from memory.
    expect(waves.filter((ms) => ms >= DEADLINE_MS * 0.8)).toHaveLength(3);
    expect(Math.max(...waves)).toBeLessThan(ONE_CALL_CEILING_MS);
    expect(polls() - before).toBeLessThanOrEqual(3 * 3);
  });

  it("a cold caller during a hang gets the build-time defaults after one deadline, and the next callers in the window at once", async () => {
    server.faults.inject("StartConfigurationSession", { kind: "hang" }, "always");
    const flags = flagsOver(storeWith(5));
    const cold = await timed(() => flags.evaluate("premium_features", { tier: "free" }, "caller-default"));
    expect(cold.value).toBe(true);
    expect(cold.ms).toBeGreaterThanOrEqual(DEADLINE_MS - 20);
    expect(cold.ms).toBeLessThan(ONE_CALL_CEILING_MS);
    clock.advance(4_900);
    const warm = await timed(() => flags.evaluate("premium_features", { tier: "free" }, "caller-default"));
    expect(warm.value).toBe(true);
    expect(warm.ms).toBeLessThan(DEADLINE_MS / 2);
    expect(warn.mock.calls[0]?.[1]).toMatchObject({ error: expect.stringMatching(/no answer within the 150 ms refresh deadline \(deadlineMs\)/) });
  });
});

describe(`AppConfigAgentStore during an outage (store clock advanced per call; timeoutMs scaled to ${DEADLINE_MS} ms)`, () => {
  let agent: AppConfigAgentServer;

  beforeEach(async () => {
    agent = await startAppConfigAgentServer();
    agent.deploy("shop", "prod", "features", LIVE);
  });
  afterEach(() => agent.close());

  it.each(FAULTS)("a 20 s %s with a call every 100 ms (maxAge 5 s): one timeout per 5 s window, last known good for all 200 calls", async (_name, fault) => {
    const store = new AppConfigAgentStore({ application: "shop", environment: "prod", profile: "features", port: agent.port, clock: clock.date, maxAge: 5, timeoutMs: DEADLINE_MS });
    const flags = flagsOver(store);
    expect(await flags.evaluate("premium_features", { tier: "free" }, "caller-default")).toBe(false);
    clock.advance(5_000);
    agent.deploy("shop", "prod", "features", CHANGED);
    agent.faults.inject("GetConfiguration", fault, "always");
    const before = agent.requestCount("GetConfiguration");

    const { values, waits } = await callEvery100ms(flags, 20);

    expect(new Set(values)).toEqual(new Set([false]));
    expect(waits.filter((ms) => ms >= DEADLINE_MS * 0.8)).toHaveLength(4);
    expect(Math.max(...waits)).toBeLessThan(ONE_CALL_CEILING_MS);
    expect(sum(waits)).toBeLessThan(4 * (DEADLINE_MS + 250));
    expect(agent.requestCount("GetConfiguration") - before).toBe(4);
    expect(warn).toHaveBeenCalledOnce();
  });
});
