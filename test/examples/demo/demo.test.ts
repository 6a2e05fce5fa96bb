import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { isPortClosed } from "../../../examples/demo/port-check.js";
import { waitFor } from "../../generator/cli/cli-harness.js";
import { DEMO_MAIN, EXPECTED_AFTER, EXPECTED_BEFORE, isRunning, startDemo, tableAfter } from "./demo-run.js";

const TIMEOUT_MS = 60_000;

beforeAll(() => {
  if (!existsSync(DEMO_MAIN)) throw new Error(`${DEMO_MAIN} is missing: run "npm run build" first (npm test does)`);
});

function expectBeforeAndAfter(stdout: string): void {
  expect(Object.fromEntries(tableAfter(stdout, "Before:"))).toEqual(EXPECTED_BEFORE);
  expect(Object.fromEntries(tableAfter(stdout, "After ("))).toEqual(EXPECTED_AFTER);
}

function servedEndpoints(stdout: string): { pid: number; url: string } {
  const pid = /Started flagtype serve \(pid (\d+)\)/.exec(stdout)?.[1];
  const url = /AppConfig data API (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
  if (pid === undefined || url === undefined) throw new Error(`no server in the demo's output:\n${stdout}`);
  return { pid: Number(pid), url };
}

describe("npm run demo (examples/dist/demo/main.js)", () => {
  it("shows the answers change after the cache age through flagtype serve, exits 0 and stops the server", async () => {
    const demo = startDemo([]);
    const { code } = await demo.exit;
    expect(demo.output.stderr).toBe("");
    expect(code).toBe(0);
    expectBeforeAndAfter(demo.output.stdout);
    const seconds = Number(/After \((\d+\.\d) s after the deployment\)/.exec(demo.output.stdout)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    const server = servedEndpoints(demo.output.stdout);
    expect(demo.output.stdout).toContain(`Stopped flagtype serve (pid ${server.pid}); its ports are closed.`);
    expect(isRunning(server.pid)).toBe(false);
    expect(await isPortClosed(server.url)).toBe(true);
  }, TIMEOUT_MS);

  it("--store file reads a copy of the flags file through FileStore, with no server", async () => {
    const demo = startDemo(["--store", "file"]);
    const { code } = await demo.exit;
    expect(demo.output.stderr).toBe("");
    expect(code).toBe(0);
    expectBeforeAndAfter(demo.output.stdout);
    expect(demo.output.stdout).not.toContain("flagtype serve");
    const file = /FLAGTYPE_STORE=file:(\S+)/.exec(demo.output.stdout)?.[1];
    expect(file).toMatch(/flagtype-demo-.*features\.json$/);
    expect(existsSync(file ?? "")).toBe(false);
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
    expect(await isPortClosed(server.url)).toBe(true);
  }, TIMEOUT_MS);

  it("rejects an unknown store with a usage message and exit code 2", async () => {
    const demo = startDemo(["--store", "s3"]);
    expect((await demo.exit).code).toBe(2);
    expect(demo.output.stderr).toContain("usage:");
  }, TIMEOUT_MS);
});
