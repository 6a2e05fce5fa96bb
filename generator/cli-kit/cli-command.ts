import type { Argv } from "yargs";
import type { Clock } from "./clock.js";

/** Somewhere text goes; `process.stdout` and `process.stderr` fit. */
export interface TextSink {
  write(text: string): unknown;
}

/** Everything a command may touch besides the file system. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Relative `--flags` / `--out` paths resolve against it; diagnostics show paths relative to it. */
  readonly cwd: string;
  /** Aborting stops `generate --watch`; the `flagtype` bin aborts it on SIGINT and SIGTERM. */
  readonly signal?: AbortSignal;
  /** What waiting commands read the time from and sleep on; the system clock when absent. */
  readonly clock?: Clock;
}

/** 0: done, no errors. 1: findings (errors in the flags, stale output, failed writes). 2: usage error. */
export const EXIT_CODES = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** Parsed options as yargs hands them over; each command narrows the ones it declared. */
export type ParsedArguments = Readonly<Record<string, unknown>>;

/**
 * One `flagtype <command>`. Adding a command is one file exporting one of these, listed in
 * `registry.ts`.
 * @example
 * export const helloCommand: CliCommand = {
 *   command: "hello", describe: "Say hello",
 *   builder: (yargs) => yargs,
 *   run: async (_args, io) => { io.stdout.write("hello\n"); return EXIT_CODES.ok; },
 * };
 */
export interface CliCommand {
  /** yargs command string, e.g. `"generate"`. */
  readonly command: string;
  readonly describe: string;
  /** Declares the command's options (and examples) for parsing and `--help`. */
  builder(yargs: Argv): Argv;
  run(args: ParsedArguments, io: CliIo): Promise<ExitCode>;
}

/** Bad options found after parsing (yargs cannot say "exactly one string"): exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
