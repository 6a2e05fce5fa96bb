import type { CliCommand } from "./cli-command.js";
import { generateCommand } from "./generate.js";
import { validateCommand } from "./validate.js";

/** Every `flagtype` command, in `--help` order. A new command is one file plus one entry here. */
export const COMMANDS: readonly CliCommand[] = [generateCommand, validateCommand];
