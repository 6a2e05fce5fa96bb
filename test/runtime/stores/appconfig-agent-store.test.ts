import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { malformedJsonFault, startAppConfigAgentServer, type AppConfigAgentServer, type Fault } from "../../support/local-servers.js";
import { ConfigurationStoreError } from "../../../runtime/errors.js";
import { AppConfigAgentStore, type AppConfigAgentStoreOptions } from "../../../runtime/stores/appconfig-agent-store.js";
import { manualClock } from "../../support/sdk-client.js";

const V1 = { premium_features: { default: false } };
const V2 = { premium_features: { default: true } };

let clock: ReturnType<typeof manualClock>;
let agent: AppConfigAgentServer;

beforeEach(async () => {
  clock = manualClock();
  agent = await startAppConfigAgentServer();
  agent.deploy("shop", "prod", "features", V1);
});
afterEach(() => agent.close());

const storeWith = (options: Partial<AppConfigAgentStoreOptions> = {}) =>
  new AppConfigAgentStore({ application: "shop", environment: "prod", profile: "features", port: agent.port, clock: clock.date, timeoutMs: 250, ...options });
const requests = () => agent.requestCount("GetConfiguration");

describe("AppConfigAgentStore", () => {
  it("reads the configuration from the agent path", async () => {
    const store = storeWith();
    expect(store.url).toBe(`http://localhost:${agent.port}/applications/shop/environments/prod/configurations/features`);
    expect(await store.getConfiguration()).toEqual(V1);
  });

  it("encodes each identifier as one path segment", async () => {
    agent.deploy("a/b", "c d", "e?f", V2);
    expect(await storeWith({ application: "a/b", environment: "c d", profile: "e?f" }).getConfiguration()).toEqual(V2);
  });

  it("takes the port from AWS_APPCONFIG_EXTENSION_HTTP_PORT, else 2772", () => {
    const saved = process.env["AWS_APPCONFIG_EXTENSION_HTTP_PORT"];
    try {
      process.env["AWS_APPCONFIG_EXTENSION_HTTP_PORT"] = String(agent.port);
      expect(storeWith({ port: undefined }).url).toContain(`localhost:${agent.port}/`);
      delete process.env["AWS_APPCONFIG_EXTENSION_HTTP_PORT"];
      expect(storeWith({ port: undefined }).url).toContain("localhost:2772/");
    } finally {
      if (saved === undefined) delete process.env["AWS_APPCONFIG_EXTENSION_HTTP_PORT"];
      else process.env["AWS_APPCONFIG_EXTENSION_HTTP_PORT"] = saved;
    }
  });

  it("caches for maxAge, shares a cold fetch, and keeps the object while the payload is unchanged", async () => {
    const store = storeWith({ maxAge: 10 });
    const cold = await Promise.all(Array.from({ length: 10 }, () => store.getConfiguration()));
    expect(new Set(cold).size).toBe(1);
    clock.advance(9_999);
    await store.getConfiguration();
    expect(requests()).toBe(1);
    clock.advance(1);
    expect(await store.getConfiguration()).toBe(cold[0]);
    agent.deploy("shop", "prod", "features", V2);
    clock.advance(10_000);
    expect(await store.getConfiguration()).toEqual(V2);
    expect(requests()).toBe(3);
  });

  it("applies an envelope", async () => {
    agent.deploy("shop", "prod", "features", { nested: { flags: V2 } });
    expect(await storeWith({ envelope: "nested.flags" }).getConfiguration()).toEqual(V2);
  });

  it("turns 404 into a store error naming the configuration", async () => {
    await expect(storeWith({ profile: "missing" }).getConfiguration()).rejects.toThrow(/shop\/prod\/missing: agent answered HTTP 404/);
  });

  it.each([
    ["HTTP 500", { kind: "status", status: 500 }, /HTTP 500/],
    ["HTTP 429", { kind: "status", status: 429 }, /HTTP 429/],
    ["hang", { kind: "hang" }, /no answer within 250 ms \(timeoutMs\)/],
    ["reset", { kind: "reset" }, /socket hang up|ECONNRESET/],
    ["slow body", { kind: "slow-body", chunkDelayMs: 150, chunks: 3 }, /no answer within 250 ms \(timeoutMs\)/],
    ["malformed JSON", malformedJsonFault(), /not valid JSON/],
  ] satisfies [string, Fault, RegExp][])("turns %s into a store error, caches it for maxAge, then recovers", async (_name, fault, message) => {
    const store = storeWith({ maxAge: 5 });
    agent.faults.inject("GetConfiguration", fault);
    await expect(store.getConfiguration()).rejects.toThrow(message);
    await expect(store.getConfiguration()).rejects.toBeInstanceOf(ConfigurationStoreError);
    expect(requests()).toBe(1);
    clock.advance(5_000);
    expect(await store.getConfiguration()).toEqual(V1);
  });

  it("rejects a body over maxBodyBytes (default 4 MiB) as a store failure", async () => {
    agent.deploy("shop", "prod", "features", { premium_features: { default: true, description: "x".repeat(4 * 1024 * 1024) } });
    await expect(storeWith().getConfiguration()).rejects.toThrow(/over the 4,194,304-byte limit \(maxBodyBytes; AppConfig's largest configuration is 4 MB\)/);
    agent.deploy("shop", "prod", "features", { premium_features: { default: true, description: "x".repeat(2000) } });
    await expect(storeWith({ maxBodyBytes: 1024 }).getConfiguration()).rejects.toThrow(/is 2,\d{3} bytes, over the 1,024-byte limit/);
    expect(await storeWith({ maxBodyBytes: 4096 }).getConfiguration()).toMatchObject({ premium_features: { default: true } });
  });

  it("reaches an agent that listens on ::1 only, and keeps using it", async () => {
    const v6 = await startAppConfigAgentServer({ host: "::1" });
    try {
      v6.deploy("shop", "prod", "features", V2);
      const store = storeWith({ port: v6.port, maxAge: 1 });
      expect(await store.getConfiguration()).toEqual(V2);
      clock.advance(1000);
      expect(await store.getConfiguration()).toEqual(V2);
      expect(v6.requestCount("GetConfiguration")).toBe(2);
    } finally {
      await v6.close();
    }
  });

  it("reuses its keep-alive connection, and resends once on a new one when a reused connection is reset", async () => {
    const store = storeWith({ maxAge: 1 });
    expect(await store.getConfiguration()).toEqual(V1);
    agent.faults.inject("GetConfiguration", { kind: "reset" });
    clock.advance(1000);
    expect(await store.getConfiguration()).toEqual(V1);
    expect(requests()).toBe(3);
  });

  it("fails on an unreachable port", async () => {
    const port = agent.port;
    await agent.close();
    await expect(storeWith({ port }).getConfiguration()).rejects.toThrow(/ECONNREFUSED|fetch failed/);
  });
});
