import type { CliCommand } from "../cli-kit/cli-command.js";
import { deployCommand } from "./deploy/deploy.js";
import { diffCommand } from "./diff/diff.js";
import { generateCommand } from "./generate/generate.js";
import { schemaCommand } from "./schema/schema.js";
import { serveCommand } from "./serve/serve.js";
import { unusedCommand } from "./unused/unused.js";
import { validateCommand } from "./validate/validate.js";

/** Every `flagtype` command, in `--help` order. A new command is one file plus one entry here. */
export const COMMANDS: readonly CliCommand[] = [generateCommand, validateCommand, serveCommand, schemaCommand, deployCommand, diffCommand, unusedCommand];
