import { relative, resolve, sep } from "node:path";
import type { Argv } from "yargs";
import { booleanArgument, directoryArgument, stringArgument } from "../../cli-kit/arguments.js";
import type { CliCommand } from "../../cli-kit/cli-command.js";
import { DEFAULT_OUT_DIR } from "../../cli-kit/shared-options.js";

/**
 * `flagtype unused [--project tsconfig.json] [--generated generated] [--json]`: flags no code uses,
 * and flag names in code that no generated module has.
 * @example await runCli(["unused", "--project", "tsconfig.json"], io) // 1 when something is found
 */
export const unusedCommand: CliCommand = {
  command: "unused",
  describe: "Find flags no code uses and flag names in code that no longer exist",
  builder: (yargs: Argv): Argv =>
    yargs
      .option("project", { type: "string", requiresArg: true, default: "tsconfig.json", describe: "tsconfig.json of the code to scan" })
      .option("generated", { type: "string", requiresArg: true, default: DEFAULT_OUT_DIR, describe: "Directory holding the generated modules (generate's --out)" })
      .option("json", { type: "boolean", describe: "Print the findings as JSON" })
      .example("$0 unused", "scan the project of ./tsconfig.json")
      .example("$0 unused --project tsconfig.app.json --generated src/flags --json", "other places, machine-readable"),
  run: async (args, io) => {
    const project = resolve(io.cwd, stringArgument(args, "project"));
    const settings = {
      project,
      projectDisplay: relative(io.cwd, project).split(sep).join("/") || project,
      generated: directoryArgument(args, "generated", io.cwd),
      json: booleanArgument(args, "json"),
    };
    // ts-morph and TypeScript load on demand: --help does not need them.
    const { runUnused } = await import("./run-unused.js");
    return runUnused(settings, io);
  },
};
