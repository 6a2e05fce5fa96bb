import { stat } from "node:fs/promises";
import type { DirectoryArgument } from "./arguments.js";
import { EXIT_CODES, type CliIo, type ExitCode } from "./cli-command.js";
import { say } from "./report.js";
import { watchDirectory } from "./watch-flags.js";

/**
 * Checks that the flags directory exists (exit 1 otherwise, without announcing a watch), says what is
 * watched, then runs `onChange` after every change to the flags files until `io.signal`
 * aborts (exit 0). A watcher that fails is reported on stderr and ends the command with exit 1.
 * @example return watchUntilStopped(settings.flags, io, settings.quiet, () => generateOnce(settings, io));
 */
export async function watchUntilStopped(
  flags: DirectoryArgument,
  io: CliIo,
  quiet: boolean,
  onChange: () => Promise<unknown>,
): Promise<ExitCode> {
  const unwatchable = await notADirectory(flags.path);
  if (unwatchable) {
    io.stderr.write(`flagtype: cannot watch ${flags.display}: ${unwatchable}\n`);
    return EXIT_CODES.findings;
  }
  say(io, quiet, `watching ${flags.display} for changes (Ctrl+C to stop)`);
  const failure = await watchDirectory(flags.path, onChange, io.signal);
  if (failure) {
    io.stderr.write(`flagtype: stopped watching ${flags.display}: ${failure.message}\n`);
    return EXIT_CODES.findings;
  }
  return EXIT_CODES.ok;
}

/** Why `path` cannot be watched as a directory, or `undefined` when it can. */
async function notADirectory(path: string): Promise<string | undefined> {
  try {
    return (await stat(path)).isDirectory() ? undefined : "not a directory";
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such directory" : (error as Error).message;
  }
}
