import { isAbsolute, relative, resolve, sep } from "node:path";
import { UsageError, type ParsedArguments } from "./cli-command.js";

/** A directory named on the command line: where it is, and how messages show it. */
export interface DirectoryArgument {
  readonly path: string;
  readonly display: string;
}

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

function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  if (shown === "") return ".";
  return isAbsolute(shown) ? shown : shown.split(sep).join("/");
}
