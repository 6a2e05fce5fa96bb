import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { GetLatestConfigurationCommand, StartConfigurationSessionCommand } from "@aws-sdk/client-appconfigdata";
import { describe, expect, it } from "vitest";
import { isPortClosed } from "../../../examples/demo/port-check.js";
import { runCli } from "../../../generator/commands/run-cli.js";
import { localDataClient } from "../../support/sdk-client.js";
import { Capture, makeTestProject, runIn, SEED_FLAGS, waitFor, writeFiles } from "./cli-harness.js";

const SERVE_ON_FREE_PORTS = ["serve", "--port", "0", "--agent-port", "0", "--poll-interval", "1"];

interface Serving {
  readonly stdout: Capture;
  readonly stderr: Capture;
  readonly dataApiUrl: string;
  readonly agentUrl: string;
  stop(): Promise<number>;
}

/** `flagtype serve` in-process until `stop()`, with the endpoints it printed. */
async function serve(root: string, extra: readonly string[] = []): Promise<Serving> {
  const stdout = new Capture();
  const stderr = new Capture();
  const abort = new AbortController();
  const exit = runCli([...SERVE_ON_FREE_PORTS, ...extra], { stdout, stderr, cwd: root, signal: abort.signal });
  await waitFor(() => stdout.text.includes("watching flags for changes"), "serve to start", 15_000);
  const url = (label: string): string => new RegExp(`${label} +(http://127\\.0\\.0\\.1:\\d+)`).exec(stdout.text)?.[1] ?? "";
  const stop = (): Promise<number> => {
    abort.abort();
    return exit;
  };
  return { stdout, stderr, dataApiUrl: url("AppConfig data API"), agentUrl: url("AppConfig agent"), stop };
}

/** The document as the AppConfig agent paths serve it. */
async function agentBody(serving: Serving, application = "local", environment = "local", profile = "features"): Promise<string> {
  const response = await fetch(`${serving.agentUrl}/applications/${application}/environments/${environment}/configurations/${profile}`);
  return `${response.status} ${await response.text()}`;
}

/** The document through the data API, with the real SDK client: a new session, one poll. */
async function dataApiBody(serving: Serving, application = "local", environment = "local"): Promise<string> {
  const client = localDataClient(serving.dataApiUrl);
  const session = await client.send(
    new StartConfigurationSessionCommand({ ApplicationIdentifier: application, EnvironmentIdentifier: environment, ConfigurationProfileIdentifier: "features" }),
  );
  const latest = await client.send(new GetLatestConfigurationCommand({ ConfigurationToken: session.InitialConfigurationToken }));
  expect(latest.NextPollIntervalInSeconds).toBe(1);
  return new TextDecoder().decode(latest.Configuration);
}

describe("flagtype serve", () => {
  it("serves each flags file over the data API and the agent paths, byte for byte, and says how to use it", async () => {
    const project = await makeTestProject({ "flags/features.json": SEED_FLAGS, "flags/pricing.json": '{"discount": {"default": false}}\n' });
    const serving = await serve(project);
    try {
      expect(await dataApiBody(serving)).toBe(SEED_FLAGS);
      expect(await agentBody(serving)).toBe(`200 ${SEED_FLAGS}`);
      expect(await agentBody(serving, "local", "local", "pricing")).toBe('200 {"discount": {"default": false}}\n');
      expect(serving.stdout.text).toContain('serving flags/features.json as profile "features" (version 1)');
      expect(serving.stdout.text).toContain(`AWS_ENDPOINT_URL_APPCONFIGDATA=${serving.dataApiUrl} AWS_REGION=us-east-1`);
      expect(serving.stdout.text).toContain(`FLAGTYPE_STORE=agent FLAGTYPE_APPCONFIG_APPLICATION=local FLAGTYPE_APPCONFIG_ENVIRONMENT=local AWS_APPCONFIG_EXTENSION_HTTP_PORT=${new URL(serving.agentUrl).port}`);
    } finally {
      expect(await serving.stop()).toBe(0);
    }
    expect(serving.stdout.text).toContain("flagtype serve: stopped");
    expect(await isPortClosed(serving.dataApiUrl)).toBe(true);
    expect(await isPortClosed(serving.agentUrl)).toBe(true);
  });

  it("reloads a changed file, rejects an invalid edit with diagnostics while serving the last valid version, then recovers", async () => {
    const project = await makeTestProject({ "flags/features.json": SEED_FLAGS });
    const root = project;
    const serving = await serve(root, ["--application", "shop", "--environment", "dev"]);
    try {
      const changed = SEED_FLAGS.replace('"tier_feature": { "default": true }', '"tier_feature": { "default": false }');
      await writeFiles(root, { "flags/features.json": changed });
      await waitFor(() => serving.stdout.text.includes("(version 2)"), "the change to be served");
      expect(await agentBody(serving, "shop", "dev")).toBe(`200 ${changed}`);

      await writeFiles(root, { "flags/features.json": changed.replace('"action": "EQUALS"', '"action": "EQUAL"') });
      await waitFor(() => serving.stderr.text.includes("rejected"), "the invalid edit to be rejected");
      expect(serving.stderr.text).toMatch(/flags\/features\.json:\d+:\d+ error FT0\d\d .*EQUAL/);
      expect(serving.stderr.text).toContain("flagtype: flags/features.json rejected; still serving version 2");
      expect(await agentBody(serving, "shop", "dev")).toBe(`200 ${changed}`);
      expect(await dataApiBody(serving, "shop", "dev")).toBe(changed);

      await writeFiles(root, { "flags/features.json": SEED_FLAGS });
      await waitFor(() => serving.stdout.text.includes("(version 3)"), "the fixed file to be served");
      expect(await agentBody(serving, "shop", "dev")).toBe(`200 ${SEED_FLAGS}`);
    } finally {
      expect(await serving.stop()).toBe(0);
    }
  });

  it("serves a native feature-flag profile beside a Powertools one, variants evaluated per Context header, and says its split buckets are its own", async () => {
    const shop = {
      version: "1",
      flags: { banner: { attributes: { text: { constraints: { type: "string", required: true } } } }, dark_mode: {} },
      values: {
        banner: { _variants: [{ name: "Holiday", enabled: true, rule: '(begins_with $country "U")', attributeValues: { text: "Happy holidays" } }, { name: "Plain", enabled: true, attributeValues: { text: "Welcome" } }] },
        dark_mode: { enabled: true },
      },
    };
    const project = await makeTestProject({ "flags/features.json": SEED_FLAGS, "flags/shop.json": JSON.stringify(shop, null, 2) });
    const serving = await serve(project);
    try {
      expect(serving.stdout.text).toContain('serving flags/shop.json as AWS.AppConfig.FeatureFlags profile "shop" (version 1)');
      expect(serving.stdout.text).toContain("split:: rules use flagtype's own hash, so their buckets differ from AWS's");
      const banner = await fetch(`${serving.agentUrl}/applications/local/environments/local/configurations/shop?flag=banner`, { headers: { Context: "country=US" } });
      expect(await banner.json()).toEqual({ _variant: "Holiday", enabled: true, text: "Happy holidays" });
      expect(await agentBody(serving)).toBe(`200 ${SEED_FLAGS}`);
    } finally {
      expect(await serving.stop()).toBe(0);
    }
  });

  it("exits 1 when no flags file is valid at start, after printing the diagnostics", async () => {
    const project = await makeTestProject({ "flags/features.json": '{"beta": {"default": "yes"}}' });
    const result = await runIn(project, SERVE_ON_FREE_PORTS);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("flags/features.json:1:");
    expect(result.stderr).toContain("flagtype: flags/features.json rejected; not served until it is valid");
    expect(result.stderr).toContain("flagtype: no valid flags file to serve in flags");
  });

  it("reports a port that is taken (exit 1) and bad option values (exit 2)", async () => {
    const project = await makeTestProject({ "flags/features.json": SEED_FLAGS });
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const taken = typeof address === "object" && address ? address.port : 0;
    try {
      const busy = await runIn(project, ["serve", "--port", String(taken), "--agent-port", "0"]);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain(`flagtype: cannot listen on 127.0.0.1:${taken}: EADDRINUSE`);
    } finally {
      blocker.close();
    }
    const badInterval = await runIn(project, [...SERVE_ON_FREE_PORTS, "--poll-interval", "0"]);
    expect(badInterval).toMatchObject({ code: 2, stderr: "flagtype: --poll-interval must be an integer from 1 to 86400\n" });
    expect((await runIn(project, ["serve", "--port", "http"])).code).toBe(2);
  });

  it("runs from the built bin and stops on SIGINT with exit code 0", async () => {
    const bin = fileURLToPath(new URL("../../../generator/dist/cli.js", import.meta.url));
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" first`);
    const project = await makeTestProject({ "flags/features.json": SEED_FLAGS });
    const child = spawn(process.execPath, [bin, ...SERVE_ON_FREE_PORTS], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    const exit = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    try {
      await waitFor(() => stdout.includes("watching flags"), "the bin to start serving", 15_000);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exit).toBe(0);
    const dataApiUrl = /AppConfig data API +(\S+)/.exec(stdout)?.[1] ?? "";
    expect(await isPortClosed(dataApiUrl)).toBe(true);
  });
});
