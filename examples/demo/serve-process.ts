import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";

/** How the demo starts `flagtype serve`. */
export interface ServeSpec {
  readonly bin: string;
  readonly flagsDir: string;
  readonly application: string;
  readonly environment: string;
  readonly pollIntervalSeconds: number;
}

/** A running `flagtype serve` child process. */
export interface ServeProcess {
  readonly pid: number;
  readonly dataApiUrl: string;
  readonly agentUrl: string;
  /** Resolves once the server reports serving `version` of `profile`. */
  waitForVersion(profile: string, version: number, timeoutMs: number): Promise<void>;
  /** SIGTERM, then SIGKILL if it does not exit within 5 s. Safe to call twice. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 5_000;

/**
 * Spawns the real CLI (`flagtype serve` on free ports) and waits for the endpoints it prints.
 * @example const server = await startServe({ bin, flagsDir, application: "demo", environment: "local", pollIntervalSeconds: 1 });
 */
export async function startServe(spec: ServeSpec): Promise<ServeProcess> {
  const child = spawn(process.execPath, serveArguments(spec), { stdio: ["ignore", "pipe", "pipe"] });
  const output = new LineLog(child);
  // A crash of the demo must not leave the server behind.
  const killOnExit = (): void => void child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async (): Promise<void> => {
    process.off("exit", killOnExit);
    await stopChild(child);
  };
  try {
    const dataApiUrl = await output.match(/^ {2}AppConfig data API {2}(http:\/\/\S+)$/, START_TIMEOUT_MS);
    const agentUrl = await output.match(/^ {2}AppConfig agent {5}(http:\/\/\S+)$/, START_TIMEOUT_MS);
    return {
      pid: child.pid ?? 0,
      dataApiUrl,
      agentUrl,
      waitForVersion: async (profile, version, timeoutMs) => {
        // A native flags file is served "as AWS.AppConfig.FeatureFlags profile", a Powertools one "as profile".
        await output.match(new RegExp(`^serving \\S+ as (?:AWS\\.AppConfig\\.FeatureFlags )?profile "${profile}" \\(version ${version}\\)$`), timeoutMs);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function serveArguments(spec: ServeSpec): string[] {
  return [
    spec.bin, "serve",
    "--flags", spec.flagsDir,
    "--port", "0",
    "--agent-port", "0",
    "--application", spec.application,
    "--environment", spec.environment,
    "--poll-interval", String(spec.pollIntervalSeconds),
  ];
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** The child's stdout as lines, searchable as they arrive; its stderr is kept for error messages. */
class LineLog {
  private readonly lines: string[] = [];
  private stderr = "";
  private pending = "";
  private readonly waiters = new Set<() => void>();
  private exited = false;

  constructor(child: ChildProcess) {
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => this.append(chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (this.stderr += chunk));
    child.once("exit", () => {
      this.exited = true;
      this.notify();
    });
  }

  /** The first capture group of the first line matching `pattern`, waiting up to `timeoutMs`. */
  async match(pattern: RegExp, timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.lines.map((line) => pattern.exec(line)).find((result) => result !== null);
      if (found) return found[1] ?? found[0];
      if (this.exited) throw new Error(`flagtype serve exited before printing ${pattern}:\n${this.stderr}`);
      if (Date.now() >= deadline) throw new Error(`flagtype serve did not print ${pattern} within ${timeoutMs} ms:\n${this.stderr}`);
      await this.next(deadline - Date.now());
    }
  }

  private append(chunk: string): void {
    const parts = (this.pending + chunk).split("\n");
    this.pending = parts.pop() ?? "";
    this.lines.push(...parts);
    this.notify();
  }

  private notify(): void {
    for (const wake of this.waiters) wake();
  }

  private next(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, timeoutMs);
      this.waiters.add(wake);
    });
  }
}
