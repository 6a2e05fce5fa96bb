import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The built demo, as `npm run demo` runs it after building (`npm test` builds first). */
export const DEMO_MAIN = fileURLToPath(new URL("../../../examples/dist/demo/main.js", import.meta.url));

/** A spawned demo: its output so far and its end. */
export interface DemoRun {
  readonly output: { stdout: string; stderr: string };
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

/** Starts `node examples/dist/demo/main.js ...args`; the caller bounds it with `waitForOutput` / the test timeout. */
export function startDemo(args: readonly string[]): DemoRun {
  const child = spawn(process.execPath, [DEMO_MAIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const output = { stdout: "", stderr: "" };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output.stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output.stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  return { output, exit, kill: (signal) => child.kill(signal) };
}

/** What every demo run shows: only the standard tier changes, and only premium_features. */
export const EXPECTED_BEFORE = {
  free: ["false", "true", "tier_feature"],
  standard: ["false", "true", "tier_feature"],
  premium: ["true", "true", "premium_features, tier_feature"],
};
export const EXPECTED_AFTER = {
  free: ["false", "true", "tier_feature"],
  standard: ["true (was false)", "true", "premium_features, tier_feature"],
  premium: ["true", "true", "premium_features, tier_feature"],
};

/** Rows of the table printed after the line starting with `heading`: tier → cells. */
export function tableAfter(stdout: string, heading: string): Map<string, string[]> {
  const lines = stdout.split("\n");
  const start = lines.findIndex((line) => line.startsWith(heading));
  const rows = new Map<string, string[]>();
  if (start < 0) return rows;
  for (const line of lines.slice(start + 2)) {
    if (line.trim() === "") break;
    const [tier, ...cells] = line.trim().split(/ {2,}/);
    if (tier !== undefined) rows.set(tier, cells);
  }
  return rows;
}

/** Whether a process with this id still exists. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
