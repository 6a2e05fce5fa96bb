import { describe, expect, it } from "vitest";
import { malformedJsonFault, type Fault } from "../../support/local-servers.js";
import { ConfigurationStoreError } from "../../../runtime/errors.js";
import { localDataClient } from "../../support/sdk-client.js";
import { useLocalAppConfig } from "./local-appconfig.js";

const V1 = { premium_features: { default: false } };
const V2 = { premium_features: { default: true } };

const local = useLocalAppConfig(V1, { maxAge: 15, timeoutMs: 250, retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } });
const { storeWith } = local;
const polls = () => local.server.requestCount("GetLatestConfiguration");
const sessions = () => local.server.requestCount("StartConfigurationSession");
const nextWindow = () => local.clock.advance(15_000);

describe("AppConfigStore: transient faults are retried within the budget", () => {
  it.each([
    ["throttling", { kind: "status", status: 429 }],
    ["internal error", { kind: "status", status: 500 }],
    ["unavailable", { kind: "status", status: 503 }],
    ["connection reset", { kind: "reset" }],
    ["hang", { kind: "hang" }],
  ] satisfies [string, Fault][])("recovers from one %s by retrying", async (_name, fault) => {
    local.server.faults.inject("GetLatestConfiguration", fault);
    expect(await storeWith().getConfiguration()).toEqual(V1);
    expect(polls()).toBe(2);
  });

  it.each([
    ["throttling", { kind: "status", status: 429 }],
    ["internal error", { kind: "status", status: 500 }],
    ["connection reset", { kind: "reset" }],
    ["hang", { kind: "hang" }],
  ] satisfies [string, Fault][])("gives up on a lasting %s after maxAttempts, caches the failure, then recovers", async (_name, fault) => {
    const store = storeWith();
    local.server.faults.inject("GetLatestConfiguration", fault, "always");
    await expect(store.getConfiguration()).rejects.toThrow(ConfigurationStoreError);
    expect(polls()).toBe(3);
    await expect(store.getConfiguration()).rejects.toThrow(ConfigurationStoreError);
    expect(polls()).toBe(3);
    local.server.faults.clear();
    nextWindow();
    expect(await store.getConfiguration()).toEqual(V1);
  });

  it("does not retry a missing configuration (404)", async () => {
    local.server.faults.inject("StartConfigurationSession", { kind: "status", status: 404 });
    const error: unknown = await storeWith().getConfiguration().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationStoreError);
    expect((error as Error).message).toMatch(/shop\/prod\/features.*ResourceNotFoundException \(HTTP 404\)/);
    expect(sessions()).toBe(1);
  });

  it("fails on an unreachable port", async () => {
    const port = local.server.port;
    await local.server.close();
    const unreachable = localDataClient(`http://127.0.0.1:${port}`);
    await expect(storeWith({ client: unreachable }).getConfiguration()).rejects.toThrow(/ECONNREFUSED|connect/);
    unreachable.destroy();
  });
});

describe("AppConfigStore: bad payloads", () => {
  it("reports malformed JSON, then recovers on the next poll", async () => {
    const store = storeWith();
    local.server.faults.inject("GetLatestConfiguration", malformedJsonFault());
    await expect(store.getConfiguration()).rejects.toThrow(/not valid JSON/);
    nextWindow();
    expect(await store.getConfiguration()).toEqual(V1);
  });

  it("keeps reporting a broken deployed version while AppConfig says unchanged", async () => {
    const store = storeWith();
    const good = await store.getConfiguration();
    local.server.deploy("shop", "prod", "features", "{broken");
    nextWindow();
    await expect(store.getConfiguration()).rejects.toThrow(/not valid JSON/);
    nextWindow();
    await expect(store.getConfiguration()).rejects.toThrow(/not valid JSON/);
    local.server.deploy("shop", "prod", "features", V1);
    nextWindow();
    const fixed = await store.getConfiguration();
    expect(fixed).toEqual(good);
    expect(polls()).toBe(4);
  });

  it("rejects bytes that are not UTF-8", async () => {
    local.server.deploy("shop", "prod", "features", new Uint8Array([0x7b, 0xff, 0x7d]));
    await expect(storeWith().getConfiguration()).rejects.toThrow(ConfigurationStoreError);
  });

  it("loses the token to a body slower than the timeout, then restarts the session", async () => {
    const store = storeWith({ retry: { maxAttempts: 1 } });
    local.server.faults.inject("GetLatestConfiguration", { kind: "slow-body", chunkDelayMs: 300, chunks: 2 });
    await expect(store.getConfiguration()).rejects.toThrow(ConfigurationStoreError);
    nextWindow();
    local.server.deploy("shop", "prod", "features", V2);
    expect(await store.getConfiguration()).toEqual(V2);
    expect(sessions()).toBe(2);
  });

  it("rejects a body over maxBodyBytes (default 4 MiB) as a store failure, while AppConfig says unchanged too", async () => {
    const store = storeWith();
    await store.getConfiguration();
    const huge = { premium_features: { default: true, description: "x".repeat(4 * 1024 * 1024) } };
    local.server.deploy("shop", "prod", "features", huge);
    nextWindow();
    await expect(store.getConfiguration()).rejects.toThrow(/is 4,194,3\d\d bytes, over the 4,194,304-byte limit \(maxBodyBytes; AppConfig's largest configuration is 4 MB\)/);
    nextWindow();
    await expect(store.getConfiguration()).rejects.toThrow(/over the 4,194,304-byte limit/);
    local.server.deploy("shop", "prod", "features", V2);
    nextWindow();
    expect(await store.getConfiguration()).toEqual(V2);
  });

  it("takes a smaller maxBodyBytes", async () => {
    local.server.deploy("shop", "prod", "features", { premium_features: { default: true, description: "x".repeat(2000) } });
    await expect(storeWith({ maxBodyBytes: 1024 }).getConfiguration()).rejects.toThrow(/over the 1,024-byte limit/);
    expect(await storeWith({ maxBodyBytes: 4096 }).getConfiguration()).toMatchObject({ premium_features: { default: true } });
  });

  it("accepts a slow body that finishes in time", async () => {
    local.server.faults.inject("GetLatestConfiguration", { kind: "slow-body", chunkDelayMs: 5, chunks: 3 });
    expect(await storeWith().getConfiguration()).toEqual(V1);
  });
});
