import type { Argv } from "yargs";
import { booleanArgument, directoryArgument } from "../../cli-kit/arguments.js";
import { EXIT_CODES, type CliCommand } from "../../cli-kit/cli-command.js";
import { countOf, reportDiagnostics, say } from "../../cli-kit/report.js";
import { FLAGS_OPTION, QUIET_OPTION } from "../../cli-kit/shared-options.js";

/**
 * `flagtype validate [--flags flags]`: every check `generate` makes, without writing anything.
 * @example await runCli(["validate", "--flags", "flags"], io) // 1 and file:line:col errors when invalid
 */
export const validateCommand: CliCommand = {
  command: "validate",
  describe: "Check the flags files (JSON, schema, rules, names, declared types) without writing",
  builder: (yargs: Argv): Argv =>
    yargs
      .option("flags", FLAGS_OPTION)
      .option("quiet", QUIET_OPTION)
      .example("$0 validate", "check flags/*.json")
      .example("$0 validate --flags config/flags", "check another folder"),
  run: async (args, io) => {
    const flags = directoryArgument(args, "flags", io.cwd);
    const quiet = booleanArgument(args, "quiet");
    // Loaded on demand: --help does not need the pipeline.
    const { checkFlagsFolder } = await import("../../cli-kit/flags-folder.js");
    const { models, diagnostics } = await checkFlagsFolder(flags);
    const errors = reportDiagnostics(io, diagnostics, quiet);
    if (errors > 0) {
      io.stderr.write(`flagtype: ${countOf(errors, "error")}\n`);
      return EXIT_CODES.findings;
    }
    say(io, quiet, `${flags.display}: ${countOf(models.size, "flags file")} checked, no errors`);
    return EXIT_CODES.ok;
  },
};
