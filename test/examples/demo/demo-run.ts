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

/**
 * What every run through flagtype serve shows, caller ("tier country") → the other cells:
 * premium_features, tier_feature, enabled, checkout_banner, express_checkout. The agent picks the
 * banner by tier, then country; after the change only the standard tier's cells change.
 */
export const EXPECTED_BEFORE = {
  "free -": ["false", "true", "tier_feature", "Default", "on, max 10"],
  "standard -": ["false", "true", "tier_feature", "Default", "on, max 10"],
  "premium -": ["true", "true", "premium_features, tier_feature", "Premium", "on, max 10"],
  "free DE": ["false", "true", "tier_feature", "Regional", "on, max 10"],
};
export const EXPECTED_AFTER = {
  ...EXPECTED_BEFORE,
  "standard -": ["true (was false)", "true", "premium_features, tier_feature", "Premium (was Default)", "on, max 10"],
};

/** With `--store file` there is no agent: every caller gets the default variant, before and after. */
export const EXPECTED_FILE_BEFORE = Object.fromEntries(
  Object.entries(EXPECTED_BEFORE).map(([caller, cells]) => [caller, cells.map((text, index) => (index === 3 ? "Default" : text))]),
);
export const EXPECTED_FILE_AFTER = {
  ...EXPECTED_FILE_BEFORE,
  "standard -": ["true (was false)", "true", "premium_features, tier_feature", "Default", "on, max 10"],
};

/** Rows of the table printed after the line starting with `heading`: "tier country" → the other cells. */
export function tableAfter(stdout: string, heading: string): Map<string, string[]> {
  const lines = stdout.split("\n");
  const start = lines.findIndex((line) => line.startsWith(heading));
  const rows = new Map<string, string[]>();
  if (start < 0) return rows;
  for (const line of lines.slice(start + 2)) {
    if (line.trim() === "") break;
    const [tier, country, ...cells] = line.trim().split(/ {2,}/);
    if (tier !== undefined) rows.set(`${tier} ${country ?? ""}`, cells);
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
