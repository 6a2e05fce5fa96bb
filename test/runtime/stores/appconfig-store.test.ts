import { describe, expect, it } from "vitest";
import { ConfigurationStoreError } from "../../../runtime/errors.js";
import { useLocalAppConfig } from "./local-appconfig.js";

const V1 = { premium_features: { default: false } };
const V2 = { premium_features: { default: true } };

const local = useLocalAppConfig(V1, { retry: { baseDelayMs: 1, maxDelayMs: 2 } });
const { storeWith } = local;
const counts = () => [local.server.requestCount("StartConfigurationSession"), local.server.requestCount("GetLatestConfiguration")];
const seconds = (n: number) => local.clock.advance(n * 1000);

describe("AppConfigStore: session and cache", () => {
  it("shares one session start and one fetch among concurrent cold callers", async () => {
    const store = storeWith();
    const documents = await Promise.all(Array.from({ length: 20 }, () => store.getConfiguration()));
    expect(documents[0]).toEqual(V1);
    expect(new Set(documents).size).toBe(1);
    expect(counts()).toEqual([1, 1]);
  });

  it("makes no request inside maxAge, polls after it, and keeps the object when unchanged", async () => {
    const store = storeWith({ maxAge: 20 });
    const first = await store.getConfiguration();
    seconds(19.999);
    expect(await store.getConfiguration()).toBe(first);
    expect(counts()).toEqual([1, 1]);
    seconds(0.001);
    expect(await store.getConfiguration()).toBe(first);
    expect(counts()).toEqual([1, 2]);
  });

  it("picks up a changed document after maxAge, rotating the token each time", async () => {
    const store = storeWith({ maxAge: 15 });
    expect(await store.getConfiguration()).toEqual(V1);
    local.server.deploy("shop", "prod", "features", V2);
    expect(await store.getConfiguration()).toEqual(V1);
    seconds(15);
    expect(await store.getConfiguration()).toEqual(V2);
    seconds(15);
    expect(await store.getConfiguration()).toEqual(V2);
    expect(counts()).toEqual([1, 3]);
  });

  it("never polls before the service's next poll interval, whatever maxAge says", async () => {
    const store = storeWith({ maxAge: 1, requiredMinimumPollIntervalInSeconds: 30 });
    await store.getConfiguration();
    local.server.deploy("shop", "prod", "features", V2);
    for (let elapsed = 0; elapsed < 29; elapsed += 1) {
      seconds(1);
      expect(await store.getConfiguration()).toEqual(V1);
    }
    expect(counts()).toEqual([1, 1]);
    seconds(1);
    expect(await store.getConfiguration()).toEqual(V2);
    expect(counts()).toEqual([1, 2]);
  });

  it("honours the interval the service announces even without a required minimum", async () => {
    const store = storeWith({ maxAge: 5 });
    await store.getConfiguration();
    seconds(14);
    await store.getConfiguration();
    expect(counts()).toEqual([1, 1]);
  });

  it("starts a new session when the token has expired, keeping the same document object", async () => {
    const store = storeWith({ maxAge: 5 });
    const first = await store.getConfiguration();
    seconds(24 * 60 * 60 + 1);
    expect(await store.getConfiguration()).toBe(first);
    expect(counts()).toEqual([2, 3]);
  });

  it("starts a new session once when a token is rejected, and fails if the new one is rejected too", async () => {
    const store = storeWith({ maxAge: 5 });
    await store.getConfiguration();
    seconds(15);
    local.server.faults.inject("GetLatestConfiguration", { kind: "status", status: 400 });
    expect(await store.getConfiguration()).toEqual(V1);
    expect(counts()).toEqual([2, 3]);
    seconds(15);
    local.server.faults.inject("GetLatestConfiguration", { kind: "status", status: 400 }, 2);
    await expect(store.getConfiguration()).rejects.toThrow(/BadRequestException/);
    expect(counts()).toEqual([3, 5]);
  });

  it("restarts a rejected session with a full per-call timeout even when the first poll used up the deadline", async () => {
    // The store's clock jumps 10 s (past its 5 s deadline) once the second poll has been answered.
    const jumpAfterSecondPoll = () =>
      new Date(local.clock.now() + (local.server.requestCount("GetLatestConfiguration") >= 2 ? 10_000 : 0));
    const store = storeWith({ maxAge: 5, clock: jumpAfterSecondPoll, deadlineMs: 5000, timeoutMs: 2000 });
    await store.getConfiguration();
    seconds(15);
    local.server.faults.inject("GetLatestConfiguration", { kind: "status", status: 400 });
    expect(await store.getConfiguration()).toEqual(V1);
    expect(counts()).toEqual([2, 3]);
  });

  it("builds its own client lazily when none is given (environment endpoint and credentials)", async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_REGION: "us-east-1",
      AWS_ACCESS_KEY_ID: "x",
      AWS_SECRET_ACCESS_KEY: "y",
      AWS_ENDPOINT_URL_APPCONFIGDATA: local.server.url,
    });
    try {
      local.server.faults.inject("GetLatestConfiguration", { kind: "status", status: 500 }, 2);
      const store = storeWith({ client: undefined, retry: { maxAttempts: 2, baseDelayMs: 1 } });
      await expect(store.getConfiguration()).rejects.toThrow(ConfigurationStoreError);
      expect(counts()).toEqual([1, 2]);
    } finally {
      process.env = saved;
    }
  });
});

describe("AppConfigStore: envelope", () => {
  it("selects the features object inside a larger document", async () => {
    local.server.deploy("shop", "prod", "features", { service: { flags: V2, other: 1 } });
    expect(await storeWith({ envelope: "service.flags" }).getConfiguration()).toEqual(V2);
  });

  it.each(["service.missing", "service.[", "abs(service)"])("fails with a store error for %s", async (envelope) => {
    local.server.deploy("shop", "prod", "features", { service: { flags: V2 } });
    await expect(storeWith({ envelope }).getConfiguration()).rejects.toThrow(ConfigurationStoreError);
  });
});
