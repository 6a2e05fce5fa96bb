import type { AppConfigDataClient } from "@aws-sdk/client-appconfigdata";
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import {
  documentFault,
  malformedJsonFault,
  startAppConfigAgentServer,
  startAppConfigDataServer,
  type AppConfigAgentServer,
  type AppConfigDataServer,
  type Fault,
} from "../../support/local-servers.js";
import { FeatureFlags } from "../../../runtime/feature-flags.js";
import { AppConfigAgentStore } from "../../../runtime/stores/appconfig-agent-store.js";
import { AppConfigStore } from "../../../runtime/stores/appconfig-store.js";
import { localDataClient, manualClock } from "../../support/sdk-client.js";

// End to end: FeatureFlags over the real SDK against the local servers. Each case is one row of
// the "fault → observed behaviour" table of docs/runtime.md: no throw, no wrong value, recovery.
const LIVE = { premium_features: { default: false, rules: { p: { when_match: true, conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } } } };
const CHANGED = { premium_features: { default: true } };
// Build-time defaults say "on for everyone"; the live document turns it on for premium only.
const DEFAULTS = { premium_features: { default: true } };
const SCHEMA_INVALID = { premium_features: { default: "not a boolean" } };

let clock: ReturnType<typeof manualClock>;
let warn: Mock<(message: string, ...extra: unknown[]) => void>;
beforeEach(() => {
  clock = manualClock();
  warn = vi.fn();
});
const nextWindow = () => clock.advance(15_000);

describe("FeatureFlags over AppConfigStore", () => {
  let server: AppConfigDataServer;
  let client: AppConfigDataClient;
  let flags: FeatureFlags;
  const premium = () => flags.evaluate("premium_features", { tier: "premium" }, "caller-default");

  beforeEach(async () => {
    server = await startAppConfigDataServer({ now: clock.now, defaultPollIntervalSeconds: 15 });
    server.deploy("shop", "prod", "features", LIVE);
    client = localDataClient(server.url);
    const store = new AppConfigStore({
      application: "shop", environment: "prod", profile: "features", client, clock: clock.date,
      maxAge: 15, timeoutMs: 250, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
    });
    flags = new FeatureFlags({ store, logger: { warn }, fallbackDocument: DEFAULTS });
  });
  afterEach(async () => {
    client.destroy();
    await server.close();
  });

  it.each([
    ["lasting throttling (429)", { kind: "status", status: 429 }],
    ["lasting server error (500)", { kind: "status", status: 500 }],
    ["lasting unavailability (503)", { kind: "status", status: 503 }],
    ["missing configuration (404)", { kind: "status", status: 404 }],
    ["hang", { kind: "hang" }],
    ["connection reset", { kind: "reset" }],
    ["body slower than the timeout", { kind: "slow-body", chunkDelayMs: 300, chunks: 2 }],
    ["malformed JSON", malformedJsonFault()],
    ["schema-invalid document", documentFault(SCHEMA_INVALID)],
  ] satisfies [string, Fault][])("%s: last known good value, one warning, then recovery", async (_name, fault) => {
    expect(await premium()).toBe(true);
    server.deploy("shop", "prod", "features", CHANGED);
    server.faults.inject("GetLatestConfiguration", fault, "always");
    nextWindow();
    for (let i = 0; i < 3; i += 1) expect(await premium()).toBe(true);
    nextWindow();
    expect(await premium()).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/using last known good document$/);
    server.faults.clear();
    nextWindow();
    expect(await premium()).toBe(true);
    expect(await flags.evaluate("premium_features", { tier: "free" }, "caller-default")).toBe(true);
  });

  it("concurrent cold evaluations share one session start and one fetch; none inside maxAge", async () => {
    const values = await Promise.all(Array.from({ length: 25 }, () => premium()));
    expect(new Set(values)).toEqual(new Set([true]));
    clock.advance(14_999);
    await Promise.all([premium(), flags.getEnabledFeatures({ tier: "premium" })]);
    expect([server.requestCount("StartConfigurationSession"), server.requestCount("GetLatestConfiguration")]).toEqual([1, 1]);
  });

  it("cold start against a failing service: build-time defaults, then live values once it recovers", async () => {
    const free = () => flags.evaluate("premium_features", { tier: "free" }, "caller-default");
    server.faults.inject("StartConfigurationSession", { kind: "status", status: 500 }, "always");
    expect(await free()).toBe(true);
    expect(warn.mock.calls[0]?.[0]).toBe("flagtype: store-failed; using build-time defaults");
    server.faults.clear();
    nextWindow();
    expect(await free()).toBe(false);
    expect(warn).toHaveBeenCalledOnce();
  });

  it("cold start on an unreachable port with no defaults: the caller's default", async () => {
    const port = server.port;
    await server.close();
    const unreachable = localDataClient(`http://127.0.0.1:${port}`);
    const store = new AppConfigStore({ application: "shop", environment: "prod", profile: "features", client: unreachable, retry: { baseDelayMs: 1 } });
    const bare = new FeatureFlags({ store, logger: { warn } });
    expect(await bare.evaluate("premium_features", { tier: "premium" }, "caller-default")).toBe("caller-default");
    expect(await bare.getEnabledFeatures({ tier: "premium" })).toEqual([]);
    expect(warn.mock.calls[0]?.[0]).toBe("flagtype: store-failed; using caller defaults");
    unreachable.destroy();
  });

  it("a deployed schema-invalid document is rejected until a valid one is deployed", async () => {
    expect(await premium()).toBe(true);
    server.deploy("shop", "prod", "features", SCHEMA_INVALID);
    for (let i = 0; i < 3; i += 1) {
      nextWindow();
      expect(await premium()).toBe(true);
    }
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toBe("flagtype: document-invalid; using last known good document");
    server.deploy("shop", "prod", "features", CHANGED);
    nextWindow();
    expect(await flags.evaluate("premium_features", { tier: "free" }, "caller-default")).toBe(true);
  });

  it("a rejected or expired token restarts the session without any fallback", async () => {
    expect(await premium()).toBe(true);
    server.faults.inject("GetLatestConfiguration", { kind: "status", status: 400 });
    nextWindow();
    expect(await premium()).toBe(true);
    clock.advance(25 * 60 * 60 * 1000);
    server.deploy("shop", "prod", "features", CHANGED);
    expect(await flags.evaluate("premium_features", { tier: "free" }, "caller-default")).toBe(true);
    expect(server.requestCount("StartConfigurationSession")).toBe(3);
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("FeatureFlags over AppConfigAgentStore", () => {
  let agent: AppConfigAgentServer;
  let flags: FeatureFlags;
  const premium = () => flags.evaluate("premium_features", { tier: "premium" }, "caller-default");

  beforeEach(async () => {
    agent = await startAppConfigAgentServer();
    agent.deploy("shop", "prod", "features", LIVE);
    const store = new AppConfigAgentStore({ application: "shop", environment: "prod", profile: "features", port: agent.port, clock: clock.date, timeoutMs: 250, maxAge: 15 });
    flags = new FeatureFlags({ store, logger: { warn }, fallbackDocument: DEFAULTS });
  });
  afterEach(() => agent.close());

  it.each([
    ["HTTP 500", { kind: "status", status: 500 }],
    ["HTTP 404", { kind: "status", status: 404 }],
    ["hang", { kind: "hang" }],
    ["connection reset", { kind: "reset" }],
    ["slow body", { kind: "slow-body", chunkDelayMs: 300, chunks: 2 }],
    ["malformed JSON", malformedJsonFault()],
    ["schema-invalid document", documentFault(SCHEMA_INVALID)],
  ] satisfies [string, Fault][])("%s: last known good value, one warning, then recovery", async (_name, fault) => {
    expect(await premium()).toBe(true);
    agent.faults.inject("GetConfiguration", fault, "always");
    for (let i = 0; i < 2; i += 1) {
      nextWindow();
      expect(await premium()).toBe(true);
    }
    expect(warn).toHaveBeenCalledOnce();
    agent.faults.clear();
    agent.deploy("shop", "prod", "features", CHANGED);
    nextWindow();
    expect(await flags.evaluate("premium_features", { tier: "free" }, "caller-default")).toBe(true);
  });

  it("cold start without an agent: build-time defaults", async () => {
    await agent.close();
    expect(await flags.evaluate("premium_features", { tier: "free" }, "caller-default")).toBe(true);
    expect(warn.mock.calls[0]?.[0]).toBe("flagtype: store-failed; using build-time defaults");
  });
});
