import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contextFromHeaders } from "../../../../../generator/commands/serve/native/context-header.js";
import { startAppConfigAgentServer, startAppConfigDataServer, type AppConfigAgentServer, type AppConfigDataServer } from "../../../../support/local-servers.js";
import { localDataClient } from "../../../../support/sdk-client.js";
import { DOCUMENT_A, DOCUMENT_B, DOCUMENT_D } from "../../../../support/native/doc-examples.js";
import { GetLatestConfigurationCommand, StartConfigurationSessionCommand } from "@aws-sdk/client-appconfigdata";
import type { StoredDocument } from "../../../../../generator/pipeline/load/native/stored/stored-document.js";

let agent: AppConfigAgentServer;
let data: AppConfigDataServer;
beforeEach(async () => {
  [agent, data] = await Promise.all([startAppConfigAgentServer(), startAppConfigDataServer()]);
  for (const server of [agent, data]) {
    server.deployFeatureFlags("shop", "prod", "checkout", DOCUMENT_A as StoredDocument);
    server.deployFeatureFlags("shop", "prod", "search", DOCUMENT_B as StoredDocument);
    server.deployFeatureFlags("shop", "prod", "home", DOCUMENT_D as StoredDocument);
  }
});
afterEach(() => Promise.all([agent.close(), data.close()]));

async function ask(profile: string, query: string, headers: [string, string][] = []): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${agent.url}/applications/shop/environments/prod/configurations/${profile}${query}`, {
    headers: new Headers(headers),
    signal: AbortSignal.timeout(2000),
  });
  const text = await response.text();
  return { status: response.status, body: response.headers.get("content-type")?.startsWith("application/json") ? JSON.parse(text) : text };
}

describe("flagtype serve's agent paths for a native feature-flag profile", () => {
  it("answers ?flag= with that flag's object, unwrapped, variants evaluated for the Context headers", async () => {
    expect(await ask("search", "?flag=new_search", [["Context", "email=ana@example.com"]])).toEqual({
      status: 200,
      body: { _variant: "Staff", enabled: true, ranking: "vector" },
    });
    expect(await ask("search", "?flag=new_search")).toEqual({ status: 200, body: { _variant: "Default", enabled: false } });
  });

  it("reads the context from one header per key and from comma-separated keys alike", async () => {
    const beta = { status: 200, body: { _variant: "Beta", enabled: true, ranking: "vector" } };
    const headers = new Headers();
    headers.append("Context", "beta=yes");
    headers.append("Context", "plan=pro");
    const perKey = await fetch(`${agent.url}/applications/shop/environments/prod/configurations/search?flag=new_search`, { headers });
    expect({ status: perKey.status, body: await perKey.json() }).toEqual(beta);
    expect(await ask("search", "?flag=new_search", [["Context", "beta=yes, plan=pro"]])).toEqual(beta);
    expect(await ask("search", "?flag=new_search", [["Context", "plan=pro"]])).toEqual({ status: 200, body: { _variant: "Default", enabled: false } });
  });

  it("answers the whole profile without ?flag=, several flags as a map, and 404 for an unknown flag", async () => {
    expect(await ask("home", "", [["Context", "country=US"]])).toEqual({
      status: 200,
      body: { banner: { _variant: "Holiday", enabled: true, text: "Happy holidays" }, dark_mode: { enabled: true } },
    });
    expect(await ask("home", "?flag=dark_mode&flag=banner")).toEqual({
      status: 200,
      body: { dark_mode: { enabled: true }, banner: { _variant: "Plain", enabled: true, text: "Welcome" } },
    });
    expect(await ask("home", "?flag=ghost")).toMatchObject({ status: 404, body: "unknown flag: ghost" });
    expect(await ask("checkout", "?flag=kill_switch")).toEqual({ status: 200, body: { enabled: false } });
  });
});

describe("flagtype serve's data API for a native feature-flag profile", () => {
  async function latest(profile: string): Promise<{ contentType: string | undefined; text: string }> {
    const client = localDataClient(data.url);
    try {
      const session = await client.send(new StartConfigurationSessionCommand({ ApplicationIdentifier: "shop", EnvironmentIdentifier: "prod", ConfigurationProfileIdentifier: profile }));
      const answer = await client.send(new GetLatestConfigurationCommand({ ConfigurationToken: session.InitialConfigurationToken }));
      return { contentType: answer.ContentType, text: new TextDecoder().decode(answer.Configuration) };
    } finally {
      client.destroy();
    }
  }

  it("serves a basic-only profile as the resolved JSON map: attributes only for enabled flags, no definitions", async () => {
    const { contentType, text } = await latest("checkout");
    expect(contentType).toBe("application/json");
    expect(JSON.parse(text)).toEqual({
      checkout_v2: { enabled: true, max_items: 50, theme: "dark", regions: ["eu-west-1"], beta_badge: false },
      kill_switch: { enabled: false },
    });
  });

  it("serves a profile with variants as retrieval-time Ion, as AWS says SDK callers get it", async () => {
    const { contentType, text } = await latest("home");
    expect(contentType).toBe("application/ion;type=AWS.AppConfig.FeatureFlags");
    expect(text.startsWith("'banner'::[")).toBe(true);
    expect(text).toContain("'dark_mode'::'''{\"enabled\":true}'''");
  });
});

describe("contextFromHeaders", () => {
  it.each([
    [["plan=pro"], { plan: "pro" }],
    [["plan=pro, country=DE", "beta=1"], { plan: "pro", country: "DE", beta: "1" }],
    [["a=1", "a=2"], { a: "2" }],
    [["expr=x=y"], { expr: "x=y" }],
    [["novalue", "=x", " = y"], {}],
  ])("%j → %j", (headers, context) => {
    expect({ ...contextFromHeaders(headers) }).toEqual(context);
  });
});
