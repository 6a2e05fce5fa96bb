import type { CliCommand } from "./cli-command.js";
import { deployCommand } from "./deploy.js";
import { diffCommand } from "./diff.js";
import { generateCommand } from "./generate.js";
import { schemaCommand } from "./schema.js";
import { serveCommand } from "./serve.js";
import { unusedCommand } from "./unused.js";
import { validateCommand } from "./validate.js";

/** Every `flagtype` command, in `--help` order. A new command is one file plus one entry here. */
export const COMMANDS: readonly CliCommand[] = [generateCommand, validateCommand, serveCommand, schemaCommand, deployCommand, diffCommand, unusedCommand];
