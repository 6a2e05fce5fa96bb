import yargs from "yargs";
import { COMMANDS } from "./registry.js";
import { EXIT_CODES, UsageError, type CliCommand, type CliIo, type ExitCode, type ParsedArguments } from "../cli-kit/cli-command.js";
import { packageVersion } from "../cli-kit/package-version.js";

export type { CliIo, ExitCode } from "../cli-kit/cli-command.js";

const HELP_WIDTH = 100;

/**
 * Runs `flagtype` with `argv` (without the node and script paths) and returns the exit code:
 * 0 ok, 1 findings, 2 usage error. Never exits the process; the bin does that.
 * @example
 * const code = await runCli(["generate", "--check"], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArguments(argv);
  if (parsed.usageError !== undefined) {
    io.stderr.write(`flagtype: ${parsed.usageError}\nRun "flagtype --help" for usage.\n`);
    return EXIT_CODES.usage;
  }
  if (parsed.output) io.stdout.write(`${parsed.output}\n`);
  if (!parsed.selected) return EXIT_CODES.ok;
  try {
    return await parsed.selected.command.run(parsed.selected.args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`flagtype: ${error.message}\n`);
      return EXIT_CODES.usage;
    }
    io.stderr.write(`flagtype: internal error, please report it: ${error instanceof Error ? error.stack : String(error)}\n`);
    return EXIT_CODES.findings;
  }
}

interface ParsedCommandLine {
  /** Help or version text yargs produced instead of choosing a command. */
  readonly output: string;
  readonly usageError?: string;
  readonly selected?: { readonly command: CliCommand; readonly args: ParsedArguments };
}

/** yargs only parses here: handlers record the choice so the command runs after parsing succeeded. */
function parseArguments(argv: readonly string[]): ParsedCommandLine {
  let selected: ParsedCommandLine["selected"];
  let usageError: string | undefined;
  let output = "";
  const parser = yargs()
    .scriptName("flagtype")
    .locale("en")
    .exitProcess(false)
    .strict()
    .wrap(HELP_WIDTH)
    .usage("$0 <command> [options]\n\nTyped TypeScript accessors for AWS AppConfig feature flags (Powertools schema).")
    .demandCommand(1, "choose a command")
    .version(packageVersion())
    .help()
    .alias("help", "h")
    .epilogue("Exit codes: 0 ok, 1 findings (invalid flags, stale output, breaking drift, unused flags, a failed deployment), 2 usage error.")
    .fail((message: string | undefined, error: Error | undefined) => {
      usageError = message ?? error?.message ?? "invalid command line";
    });
  for (const command of COMMANDS) {
    parser.command(command.command, command.describe, (builder) => command.builder(builder), (args) => {
      selected = { command, args };
    });
  }
  parser.parse([...argv], {}, (_error: Error | undefined, _args: unknown, text: string) => {
    output = text;
  });
  return usageError === undefined ? { output, ...(selected ? { selected } : {}) } : { output, usageError };
}
