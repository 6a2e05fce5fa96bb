import { stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { DiskLocation } from "../pipeline/load/read-flags-sources.js";
import { UsageError, type ParsedArguments } from "./cli-command.js";

/** A directory named on the command line: where it is, and how messages show it. */
export type DirectoryArgument = DiskLocation;

/** The string option `name`; repeating an option makes yargs hand over an array, which is a usage error. */
export function stringArgument(args: ParsedArguments, name: string): string {
  const value = args[name];
  if (typeof value !== "string") throw new UsageError(`--${name} takes one value`);
  if (value === "") throw new UsageError(`--${name} must not be empty`);
  return value;
}

export function booleanArgument(args: ParsedArguments, name: string): boolean {
  const value = args[name] ?? false;
  if (typeof value !== "boolean") throw new UsageError(`--${name} is a switch and takes no value`);
  return value;
}

/**
 * The directory option `name`, resolved against `cwd` and shown relative to it with `/`.
 * @example directoryArgument({ flags: "flags" }, "flags", "/repo") // { path: "/repo/flags", display: "flags" }
 */
export function directoryArgument(args: ParsedArguments, name: string, cwd: string): DirectoryArgument {
  const path = resolve(cwd, stringArgument(args, name));
  return { path, display: displayPath(cwd, path) };
}

/** Names that read as a TypeScript file: `--out src/flags.ts` means a file, but the option is a folder. */
const TYPESCRIPT_FILE = /\.(?:[cm]?ts|tsx)$/i;

/**
 * Like {@link directoryArgument}, for a directory flagtype writes into: a name ending in `.ts`
 * or an existing file is a usage error, as writing would create a folder named like a module.
 * @example await outputDirectoryArgument({ out: "src/flags.ts" }, "out", "/repo") // throws UsageError
 */
export async function outputDirectoryArgument(args: ParsedArguments, name: string, cwd: string): Promise<DirectoryArgument> {
  const directory = directoryArgument(args, name, cwd);
  const what = `--${name} is the directory flagtype writes one <name>.ts per flags file into`;
  // The name as typed, so a project that merely lives under a folder called *.ts is not refused.
  if (TYPESCRIPT_FILE.test(stringArgument(args, name).replace(/[\\/]+$/, ""))) {
    const parent = displayPath(cwd, resolve(directory.path, ".."));
    throw new UsageError(`${what}, not a file: "${directory.display}" (for modules in ${parent}, use --${name} ${parent})`);
  }
  const existing = await stat(directory.path).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new UsageError(`${what}, but "${directory.display}" is an existing file`);
  return directory;
}

function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  if (shown === "") return ".";
  return isAbsolute(shown) ? shown : shown.split(sep).join("/");
}
