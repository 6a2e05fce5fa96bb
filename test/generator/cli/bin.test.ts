import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTestProject, SEED_FLAGS, waitFor } from "./cli-harness.js";

/** The built bin, as `npx flagtype` runs it. CI builds before testing; locally run `npm run build` first. */
const bin = fileURLToPath(new URL("../../../generator/dist/cli.js", import.meta.url));
const manifest = JSON.parse(readFileSync(new URL("../../../generator/package.json", import.meta.url), "utf8")) as {
  version: string;
  bin: Record<string, string>;
};

interface Spawned {
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly output: { stdout: string; stderr: string };
  kill(signal: NodeJS.Signals): void;
}

function start(cwd: string, argv: readonly string[]): Spawned {
  const child = spawn(process.execPath, [bin, ...argv], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  return { exit, output, kill: (signal) => child.kill(signal) };
}

async function run(cwd: string, argv: readonly string[]) {
  const spawned = start(cwd, argv);
  const { code } = await spawned.exit;
  return { code, ...spawned.output };
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" before the tests (CI does)`);
});

describe("the flagtype bin (generator/dist/cli.js)", () => {
  it("is what package.json publishes, with a node shebang", () => {
    expect(manifest.bin["flagtype"]).toBe("./dist/cli.js");
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("prints its version and sets exit codes 0 / 2", async () => {
    const project = await makeTestProject({});
    expect(await run(project, ["--version"])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: "" });
    expect((await run(project, ["frobnicate"])).code).toBe(2);
  });

  it("generates from the built package (schema file included) and exits 1 on findings", async () => {
    const project = await makeTestProject({ "flags/features.json": SEED_FLAGS });
    expect(await run(project, ["generate"])).toEqual({ code: 0, stdout: "wrote generated/features.ts\n", stderr: "" });
    expect(await readFile(join(project, "generated/features.ts"), "utf8")).toContain("isTierFeatureEnabled");
    expect(await run(project, ["generate", "--check"])).toMatchObject({ code: 0 });
    const invalid = await run(project, ["validate", "--flags", "generated"]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("generated:1:1 error FT002");
  });

  it("stops watching on SIGTERM and exits 0", async () => {
    const project = await makeTestProject({ "flags/features.json": SEED_FLAGS });
    const watcher = start(project, ["generate", "--watch"]);
    try {
      await waitFor(() => watcher.output.stdout.includes("watching flags"), "the watcher to start", 15_000);
    } finally {
      watcher.kill("SIGTERM");
    }
    expect(await watcher.exit).toEqual({ code: 0, signal: null });
  });
});
