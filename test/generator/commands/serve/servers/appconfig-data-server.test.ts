import {
  BadRequestException,
  GetLatestConfigurationCommand,
  InternalServerException,
  ResourceNotFoundException,
  StartConfigurationSessionCommand,
  ThrottlingException,
  type AppConfigDataClient,
} from "@aws-sdk/client-appconfigdata";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { documentFault, malformedJsonFault, startAppConfigDataServer, type AppConfigDataServer } from "../../../../support/local-servers.js";
import { localDataClient, manualClock } from "../../../../support/sdk-client.js";

const DOCUMENT = { premium_features: { default: false } };
const IDS = { ApplicationIdentifier: "shop", EnvironmentIdentifier: "prod", ConfigurationProfileIdentifier: "features" };

let clock: ReturnType<typeof manualClock>;
let server: AppConfigDataServer;
let client: AppConfigDataClient;

beforeEach(async () => {
  clock = manualClock();
  server = await startAppConfigDataServer({ now: clock.now });
  server.deploy("shop", "prod", "features", DOCUMENT);
  client = localDataClient(server.url);
});
afterEach(async () => {
  client.destroy();
  await server.close();
});

const startSession = async (extra: { RequiredMinimumPollIntervalInSeconds?: number } = {}) =>
  (await client.send(new StartConfigurationSessionCommand({ ...IDS, ...extra }))).InitialConfigurationToken ?? "";
const poll = (token: string) => client.send(new GetLatestConfigurationCommand({ ConfigurationToken: token }));
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array());
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe("AppConfig data server: protocol", () => {
  it("starts a session with 201 and serves the document with its headers", async () => {
    const session = await client.send(new StartConfigurationSessionCommand(IDS));
    expect(session.$metadata.httpStatusCode).toBe(201);
    const first = await poll(session.InitialConfigurationToken ?? "");
    expect(JSON.parse(text(first.Configuration))).toEqual(DOCUMENT);
    expect(first).toMatchObject({ ContentType: "application/json", VersionLabel: "v1", NextPollIntervalInSeconds: 60 });
    expect(first.NextPollConfigurationToken).toMatch(/^[\w-]{20,}$/);
  });

  it("answers an empty body with a fresh token while the version is unchanged, then the new version", async () => {
    const first = await poll(await startSession());
    const second = await poll(first.NextPollConfigurationToken ?? "");
    expect(second.Configuration?.byteLength ?? 0).toBe(0);
    expect(second.VersionLabel ?? "").toBe("");
    expect(second.NextPollConfigurationToken).not.toBe(first.NextPollConfigurationToken);
    server.deploy("shop", "prod", "features", { premium_features: { default: true } });
    const third = await poll(second.NextPollConfigurationToken ?? "");
    expect(JSON.parse(text(third.Configuration))).toEqual({ premium_features: { default: true } });
    expect(third.VersionLabel).toBe("v2");
  });

  it("echoes the deployed content type", async () => {
    server.deploy("shop", "prod", "features", "premium: true\n", "application/x-yaml");
    const first = await poll(await startSession());
    expect(first.ContentType).toBe("application/x-yaml");
    expect(text(first.Configuration)).toBe("premium: true\n");
  });

  it("rejects a reused token as Corrupted and an unknown one too", async () => {
    const token = await startSession();
    await poll(token);
    for (const bad of [token, "not-a-token"]) {
      const error = await failure(poll(bad));
      expect(error).toBeInstanceOf(BadRequestException);
      expect((error as BadRequestException).Details).toEqual({ InvalidParameters: { ConfigurationToken: { Problem: "Corrupted" } } });
    }
  });

  it("expires tokens after 24 hours", async () => {
    const token = await startSession();
    clock.advance(24 * 60 * 60 * 1000 - 1);
    const fresh = await poll(token);
    clock.advance(24 * 60 * 60 * 1000);
    const error = await failure(poll(fresh.NextPollConfigurationToken ?? ""));
    expect((error as BadRequestException).Details?.InvalidParameters?.["ConfigurationToken"]?.Problem).toBe("Expired");
  });

  it("enforces the required minimum poll interval and keeps the early token usable", async () => {
    const first = await poll(await startSession({ RequiredMinimumPollIntervalInSeconds: 30 }));
    expect(first.NextPollIntervalInSeconds).toBe(30);
    const next = first.NextPollConfigurationToken ?? "";
    clock.advance(29_999);
    const early = await failure(poll(next));
    expect((early as BadRequestException).Details?.InvalidParameters?.["ConfigurationToken"]?.Problem).toBe("PollIntervalNotSatisfied");
    clock.advance(1);
    expect((await poll(next)).$metadata.httpStatusCode).toBe(200);
  });

  it.each([14, 86_401, 20.5])("rejects RequiredMinimumPollIntervalInSeconds %s", async (seconds) => {
    const error = await failure(startSession({ RequiredMinimumPollIntervalInSeconds: seconds }));
    expect(error).toBeInstanceOf(BadRequestException);
  });

  it.each([
    [{ ApplicationIdentifier: "nope" }, "Application"],
    [{ EnvironmentIdentifier: "nope" }, "Environment"],
    [{ ConfigurationProfileIdentifier: "nope" }, "ConfigurationProfile"],
  ])("answers 404 with the missing ResourceType for %o", async (override, resourceType) => {
    const error = await failure(client.send(new StartConfigurationSessionCommand({ ...IDS, ...override })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect((error as ResourceNotFoundException).ResourceType).toBe(resourceType);
    expect((error as ResourceNotFoundException).message).toContain("nope");
  });
});

describe("AppConfig data server: fault injection", () => {
  it.each([
    [429, ThrottlingException],
    [500, InternalServerException],
    [503, InternalServerException],
    [400, BadRequestException],
    [404, ResourceNotFoundException],
  ] as const)("status %i is parsed by the SDK into its exception class", async (status, errorClass) => {
    server.faults.inject("GetLatestConfiguration", { kind: "status", status });
    const token = await startSession();
    const error = await failure(poll(token));
    expect(error).toBeInstanceOf(errorClass);
    expect((error as InstanceType<typeof errorClass>).$metadata).toMatchObject({ httpStatusCode: status, requestId: expect.any(String) });
    expect((await poll(token)).$metadata.httpStatusCode).toBe(200);
  });

  it("hangs until the client gives up, and close() still ends promptly", async () => {
    const token = await startSession();
    server.faults.inject("GetLatestConfiguration", { kind: "hang" });
    const error = await failure(client.send(new GetLatestConfigurationCommand({ ConfigurationToken: token }), { abortSignal: AbortSignal.timeout(50) }));
    expect((error as Error).name).toBe("AbortError");
    server.faults.inject("GetLatestConfiguration", { kind: "hang" });
    const pending = failure(poll(token));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await server.close();
    expect(await pending).toBeInstanceOf(Error);
  });

  it("resets the connection", async () => {
    server.faults.inject("StartConfigurationSession", { kind: "reset" });
    const error = await failure(startSession());
    expect((error as { code?: string }).code).toBe("ECONNRESET");
  });

  it("trickles a slow body that still arrives whole", async () => {
    server.faults.inject("GetLatestConfiguration", { kind: "slow-body", chunkDelayMs: 5, chunks: 3 });
    const first = await poll(await startSession());
    expect(JSON.parse(text(first.Configuration))).toEqual(DOCUMENT);
  });

  it("serves a body fault once and resends the real version on the next poll", async () => {
    server.faults.inject("GetLatestConfiguration", malformedJsonFault());
    const first = await poll(await startSession());
    expect(() => JSON.parse(text(first.Configuration))).toThrow(SyntaxError);
    const second = await poll(first.NextPollConfigurationToken ?? "");
    expect(JSON.parse(text(second.Configuration))).toEqual(DOCUMENT);
    server.faults.inject("GetLatestConfiguration", documentFault({ other: { default: 1 } }));
    const third = await poll(second.NextPollConfigurationToken ?? "");
    expect(JSON.parse(text(third.Configuration))).toEqual({ other: { default: 1 } });
  });

  it("counts requests per route, faulted ones included", async () => {
    server.faults.inject("GetLatestConfiguration", { kind: "status", status: 500 }, 2);
    const token = await startSession();
    await failure(poll(token));
    await failure(poll(token));
    await poll(token);
    expect(server.requestCount("StartConfigurationSession")).toBe(1);
    expect(server.requestCount("GetLatestConfiguration")).toBe(3);
  });
});
