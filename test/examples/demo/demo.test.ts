import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { isPortClosed } from "../../../examples/demo/port-check.js";
import { waitFor } from "../../generator/cli/cli-harness.js";
import { DEMO_MAIN, EXPECTED_AFTER, EXPECTED_BEFORE, EXPECTED_FILE_AFTER, EXPECTED_FILE_BEFORE, isRunning, startDemo, tableAfter } from "./demo-run.js";

const TIMEOUT_MS = 60_000;

beforeAll(() => {
  if (!existsSync(DEMO_MAIN)) throw new Error(`${DEMO_MAIN} is missing: run "npm run build" first (npm test does)`);
});

function expectBeforeAndAfter(stdout: string, before: object, after: object): void {
  expect(Object.fromEntries(tableAfter(stdout, "Before:"))).toEqual(before);
  expect(Object.fromEntries(tableAfter(stdout, "After ("))).toEqual(after);
}

/** The lines of the block after the line `heading`, up to the next blank line. */
function blockAfter(stdout: string, heading: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.indexOf(heading);
  const end = lines.findIndex((line, index) => index > start && line.trim() === "");
  return start < 0 ? [] : lines.slice(start + 1, end < 0 ? undefined : end).map((line) => line.trim());
}

function servedEndpoints(stdout: string): { pid: number; urls: string[] } {
  const pid = /Started flagtype serve \(pid (\d+)\)/.exec(stdout)?.[1];
  const url = /AppConfig data API (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
  const agentUrl = /AppConfig agent (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
  if (pid === undefined || url === undefined || agentUrl === undefined) throw new Error(`no server in the demo's output:\n${stdout}`);
  return { pid: Number(pid), urls: [url, agentUrl] };
}

async function portsClosed(urls: readonly string[]): Promise<boolean[]> {
  return Promise.all(urls.map(isPortClosed));
}

describe("npm run demo (examples/dist/demo/main.js)", () => {
  it("shows the answers change after the cache age through flagtype serve, exits 0 and stops the server", async () => {
    const demo = startDemo([]);
    const { code } = await demo.exit;
    expect(demo.output.stderr).toBe("");
    expect(code).toBe(0);
    expectBeforeAndAfter(demo.output.stdout, EXPECTED_BEFORE, EXPECTED_AFTER);
    const seconds = Number(/After \((\d+\.\d) s after the deployment\)/.exec(demo.output.stdout)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(blockAfter(demo.output.stdout, "checkout_banner messages:")).toEqual([
      'Default   "Free shipping on orders over 50 USD"',
      'Premium   "Free express shipping on every order"',
      'Regional  "Kostenloser Versand ab 50 EUR"',
    ]);
    const server = servedEndpoints(demo.output.stdout);
    const agentPort = new URL(server.urls[1] ?? "").port;
    expect(demo.output.stdout).toContain(`configureFeatures({ store: "agent", port: ${agentPort}, maxAge: 1 })`);
    expect(demo.output.stdout).toContain(`Stopped flagtype serve (pid ${server.pid}); its ports are closed.`);
    expect(isRunning(server.pid)).toBe(false);
    expect(await portsClosed(server.urls)).toEqual([true, true]);
  }, TIMEOUT_MS);

  it("--store file reads copies of the flags files through FileStore, with no server: default variants only", async () => {
    const demo = startDemo(["--store", "file"]);
    const { code } = await demo.exit;
    expect(demo.output.stderr).toBe("");
    expect(code).toBe(0);
    expectBeforeAndAfter(demo.output.stdout, EXPECTED_FILE_BEFORE, EXPECTED_FILE_AFTER);
    expect(demo.output.stdout).not.toContain("flagtype serve");
    expect(demo.output.stdout).toContain("FileStore has no AppConfig agent to evaluate variants: checkout_banner answers its default variant");
    const files = [...demo.output.stdout.matchAll(/store: "file:([^"]+)"/g)].map((match) => match[1] ?? "");
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/flagtype-demo-.*features\.json$/);
    expect(files[1]).toMatch(/flagtype-demo-.*checkout\.json$/);
    expect(files.map((file) => existsSync(file))).toEqual([false, false]);
  }, TIMEOUT_MS);

  it("stops the server when interrupted half-way, and exits 130", async () => {
    const demo = startDemo([]);
    try {
      await waitFor(() => demo.output.stdout.includes("Before:"), "the first table", TIMEOUT_MS / 2);
    } finally {
      demo.kill("SIGTERM");
    }
    expect(await demo.exit).toEqual({ code: 130, signal: null });
    const server = servedEndpoints(demo.output.stdout);
    expect(isRunning(server.pid)).toBe(false);
    expect(await portsClosed(server.urls)).toEqual([true, true]);
  }, TIMEOUT_MS);

  it("rejects an unknown store with a usage message and exit code 2", async () => {
    const demo = startDemo(["--store", "s3"]);
    expect((await demo.exit).code).toBe(2);
    expect(demo.output.stderr).toContain("usage:");
  }, TIMEOUT_MS);
});
