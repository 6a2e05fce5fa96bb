import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { malformedJsonFault, startAppConfigAgentServer, type AppConfigAgentServer } from "../../../../support/local-servers.js";

let agent: AppConfigAgentServer;
const path = (app: string, env: string, profile: string) =>
  `${agent.url}/applications/${encodeURIComponent(app)}/environments/${encodeURIComponent(env)}/configurations/${encodeURIComponent(profile)}`;
const get = (url: string, timeoutMs = 2000) => fetch(url, { signal: AbortSignal.timeout(timeoutMs) });

beforeEach(async () => {
  agent = await startAppConfigAgentServer();
  agent.deploy("shop", "prod", "features", { beta: { default: true } });
});
afterEach(() => agent.close());

describe("AppConfig agent server", () => {
  it("serves the deployed configuration with its content type", async () => {
    const response = await get(path("shop", "prod", "features"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ beta: { default: true } });
  });

  it("decodes each path segment", async () => {
    agent.deploy("my app/x", "pr od", "a%b", { odd: { default: 1 } });
    expect(await (await get(path("my app/x", "pr od", "a%b"))).json()).toEqual({ odd: { default: 1 } });
  });

  it.each([
    ["other", "prod", "features", "Application"],
    ["shop", "dev", "features", "Environment"],
    ["shop", "prod", "nothing", "ConfigurationProfile"],
  ])("answers 404 for %s/%s/%s", async (app, env, profile, missing) => {
    const response = await get(path(app, env, profile));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(missing);
  });

  it("answers 404 for other paths without counting them", async () => {
    expect((await get(`${agent.url}/applications/shop`)).status).toBe(404);
    expect(agent.requestCount("GetConfiguration")).toBe(0);
  });

  it("injects status errors, then recovers", async () => {
    agent.faults.inject("GetConfiguration", { kind: "status", status: 500, message: "boom" }, 2);
    expect((await get(path("shop", "prod", "features"))).status).toBe(500);
    expect(await (await get(path("shop", "prod", "features"))).text()).toBe("boom");
    expect((await get(path("shop", "prod", "features"))).status).toBe(200);
    expect(agent.requestCount("GetConfiguration")).toBe(3);
  });

  it("hangs, resets, trickles and rewrites bodies", async () => {
    agent.faults.inject("GetConfiguration", { kind: "hang" });
    await expect(get(path("shop", "prod", "features"), 50)).rejects.toThrow(/abort|timeout/i);
    agent.faults.inject("GetConfiguration", { kind: "reset" });
    await expect(get(path("shop", "prod", "features"))).rejects.toThrow(TypeError);
    agent.faults.inject("GetConfiguration", { kind: "slow-body", chunkDelayMs: 5, chunks: 4 });
    expect(await (await get(path("shop", "prod", "features"))).json()).toEqual({ beta: { default: true } });
    agent.faults.inject("GetConfiguration", malformedJsonFault());
    await expect((await get(path("shop", "prod", "features"))).json()).rejects.toThrow(SyntaxError);
  });
});
