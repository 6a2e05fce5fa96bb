import { spawn } from "node:child_process";

/** How long one `node` process took: until it printed its result (if it prints one), and until it exited. */
export interface ColdStartSample {
  readonly toResultMs: number | undefined;
  readonly toExitMs: number;
  /** Milestones the probe reported itself (see {@link markColdStart}), in ms since its process started. */
  readonly marks?: Readonly<Record<string, number>>;
}

/** A process to start: `node <args>` with `env` added, expected to print `expectedOutput` (if given) and exit 0. */
export interface ColdStartProbe {
  readonly name: string;
  readonly args: readonly string[];
  readonly expectedOutput?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Working directory of the process (default: this one's). */
  readonly cwd?: string;
  /** Runs before each start, outside the timing (e.g. removes the previous run's output). */
  readonly before?: () => void;
}

const MARK_PREFIX = "cold-start-mark ";

/**
 * Called by a probe: reports a milestone on stderr (ms since the probe's process started), which
 * {@link timeColdStart} collects into the sample's `marks`.
 * @example markColdStart("answered");
 */
export function markColdStart(name: string): void {
  process.stderr.write(`${MARK_PREFIX}${name} ${performance.now().toFixed(2)}\n`);
}

function marksIn(stderr: string): Record<string, number> | undefined {
  const marks: Record<string, number> = {};
  for (const line of stderr.split("\n")) {
    if (!line.startsWith(MARK_PREFIX)) continue;
    const [name, ms] = line.slice(MARK_PREFIX.length).split(" ");
    if (name !== undefined && ms !== undefined) marks[name] = Number(ms);
  }
  return Object.keys(marks).length > 0 ? marks : undefined;
}

/**
 * Spawns `node` with `probe.args` and times it from just before the spawn to the
 * moment the expected line arrives on stdout, and to exit. Rejects when the process
 * fails or prints something else.
 * @example await timeColdStart({ name: "baseline", args: ["-e", "0"] })
 */
export function timeColdStart(probe: ColdStartProbe): Promise<ColdStartSample> {
  return new Promise((resolve, reject) => {
    probe.before?.();
    const start = performance.now();
    const env = probe.env ? { ...process.env, ...probe.env } : process.env;
    const child = spawn(process.execPath, [...probe.args], { cwd: probe.cwd, stdio: ["ignore", "pipe", "pipe"], env });
    let stdout = "";
    let stderr = "";
    let resultAt: number | undefined;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      if (resultAt === undefined && probe.expectedOutput !== undefined && stdout.includes(probe.expectedOutput)) {
        resultAt = performance.now();
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const exitAt = performance.now();
      const printed = stdout.trim();
      if (code !== 0 || (probe.expectedOutput !== undefined && printed !== probe.expectedOutput)) {
        reject(new Error(`${probe.name}: exit ${code}, printed ${JSON.stringify(printed)}\n${stderr}`));
        return;
      }
      const marks = marksIn(stderr);
      resolve({ toResultMs: resultAt === undefined ? undefined : resultAt - start, toExitMs: exitAt - start, ...(marks ? { marks } : {}) });
    });
  });
}

/** `runs` interleaved rounds over every probe (the first probe rotates each round). */
export async function timeColdStarts(probes: readonly ColdStartProbe[], runs: number): Promise<ColdStartSample[][]> {
  const samples = probes.map((): ColdStartSample[] => []);
  for (let run = 0; run < runs; run++) {
    for (let turn = 0; turn < probes.length; turn++) {
      const index = (run + turn) % probes.length;
      const probe = probes[index];
      if (probe) samples[index]?.push(await timeColdStart(probe));
    }
  }
  return samples;
}
