// Benchmark (a script, not a test): `flagtype generate` end to end through the built CLI for one
// flags file of 1,000 flags with mixed rules. Target: under 2 s per run on the 2-core CI machine.
// Run: npm run build && npx esbuild test/bench/generate-1000.ts --bundle --platform=node --format=esm \
//        --packages=external --outfile=.bench/generate-1000.mjs && node .bench/generate-1000.mjs
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findRepoRoot } from "./paths.js";

const FLAG_COUNT = 1_000;
const RUNS = 5;
const TARGET_MS = 2_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The i-th condition of the i-th flag: every family of actions, context keys of one type each. */
function condition(seed: number): Json {
  const conditions: Json[] = [
    { action: "EQUALS", key: "tier", value: "premium" },
    { action: "STARTSWITH", key: "tier", value: `plan-${seed % 7}` },
    { action: "IN", key: "region", value: ["eu-west-1", "us-east-1", `ap-${seed % 5}`] },
    { action: "NOT_IN", key: "region", value: ["cn-north-1"] },
    { action: "KEY_GREATER_THAN_VALUE", key: "account_age_days", value: seed % 365 },
    { action: "MODULO_RANGE", key: "user_id", value: { BASE: 100, START: 0, END: seed % 100 } },
    { action: "ANY_IN_VALUE", key: "groups", value: ["beta", `cohort-${seed % 11}`] },
    { action: "SCHEDULE_BETWEEN_DAYS_OF_WEEK", key: "CURRENT_DAY_OF_WEEK", value: { DAYS: ["MONDAY", "FRIDAY"], TIMEZONE: "Europe/London" } },
    { action: "SCHEDULE_BETWEEN_TIME_RANGE", key: "CURRENT_TIME", value: { START: "09:00", END: "17:30" } },
  ];
  return conditions[seed % conditions.length] ?? null;
}

/** Static booleans, boolean flags with one to three rules, and non-boolean flags of several value types. */
function feature(index: number): Json {
  const kind = index % 4;
  const description = `Flag ${index}: generated for the benchmark`;
  if (kind === 0) return { default: index % 8 === 0, description };
  const rules: Record<string, Json> = {};
  for (let rule = 0; rule < 1 + (index % 3); rule++) {
    const conditions = [condition(index + rule), ...(rule % 2 === 1 ? [condition(index + rule + 4)] : [])];
    rules[`rule ${rule} of ${index}`] = kind === 3
      ? { when_match: { limit: rule * 10, label: `tier ${rule}` }, conditions }
      : { when_match: rule % 2 === 0, conditions };
  }
  if (kind === 3) return { default: { limit: 5, label: "free" }, boolean_type: false, description, rules };
  return { default: false, description, rules };
}

function writeProject(root: string): number {
  const document: Record<string, Json> = {};
  for (let index = 0; index < FLAG_COUNT; index++) document[`flag_${String(index).padStart(4, "0")}`] = feature(index);
  mkdirSync(join(root, "flags"), { recursive: true });
  const text = `${JSON.stringify(document, null, 2)}\n`;
  writeFileSync(join(root, "flags/features.json"), text);
  return text.length;
}

function timeGenerate(cli: string, root: string): number {
  rmSync(join(root, "generated"), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, "generate", "--quiet"], { cwd: root, encoding: "utf8" });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`flagtype generate exited ${result.status}:\n${result.stderr}`);
  return elapsed;
}

const repo = findRepoRoot();
const cli = join(repo, "generator/dist/cli.js");
statSync(cli); // fails with a clear ENOENT when the build is missing
const root = mkdtempSync(join(tmpdir(), "flagtype-bench-"));
try {
  const inputBytes = writeProject(root);
  const times = Array.from({ length: RUNS }, () => timeGenerate(cli, root)).sort((a, b) => a - b);
  const outputBytes = readFileSync(join(root, "generated/features.ts"), "utf8").length;
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(`flagtype generate, ${FLAG_COUNT} flags (${(inputBytes / 1024).toFixed(0)} KiB in, ${(outputBytes / 1024).toFixed(0)} KiB out), ${RUNS} cold runs:`);
  console.log(`  min ${times[0]?.toFixed(0)} ms, median ${median.toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms (target < ${TARGET_MS} ms: ${median < TARGET_MS ? "met" : "MISSED"})`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
