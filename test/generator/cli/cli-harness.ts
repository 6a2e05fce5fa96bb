import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import type { Clock } from "../../../generator/cli-kit/clock.js";
import { runCli } from "../../../generator/commands/run-cli.js";
import { onTestFinished } from "vitest";

/** What one in-process `flagtype` run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A growing capture of everything written to it. */
export class Capture {
  text = "";
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** Runs the CLI in-process, in `cwd`, capturing both streams; `clock` replaces the system clock. */
export async function runIn(cwd: string, argv: readonly string[], signal?: AbortSignal, clock?: Clock): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(argv, { stdout, stderr, cwd, ...(signal ? { signal } : {}), ...(clock ? { clock } : {}) });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A fresh temporary project holding `files` (relative path → text). */
export async function makeProject(files: Readonly<Record<string, string>>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "flagtype-cli-"));
  await writeFiles(root, files);
  return root;
}

/** `makeProject` inside a test: the project is removed when the test ends, passed or failed. */
export async function makeTestProject(files: Readonly<Record<string, string>>): Promise<string> {
  const root = await makeProject(files);
  onTestFinished(() => removeProject(root));
  return root;
}

export async function writeFiles(root: string, files: Readonly<Record<string, string>>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

export async function removeProject(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/** Every file under `dir` (relative path → text), for "nothing changed" assertions. Missing dir: empty. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path).split("\\").join("/")] = await readFile(path, "utf8");
  }
  return files;
}

/** The seed document of the example project. */
export const SEED_FLAGS = `{
  "premium_features": {
    "default": false,
    "rules": {
      "customer tier equals premium": {
        "when_match": true,
        "conditions": [{ "action": "EQUALS", "key": "tier", "value": "premium" }]
      }
    }
  },
  "tier_feature": { "default": true }
}
`;

/** Waits until `condition` holds, checking every 25 ms, failing after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
