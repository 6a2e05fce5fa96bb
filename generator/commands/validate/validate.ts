import type { Argv } from "yargs";
import { directoryArgument } from "../../cli-kit/arguments.js";
import { EXIT_CODES, type CliCommand } from "../../cli-kit/cli-command.js";
import { countOf, say } from "../../cli-kit/report.js";
import { FLAGS_OPTION } from "../../cli-kit/shared-options.js";
import { MAX_WARNINGS_OPTION, QUIET_COUNTING_OPTION, reportFindings, warningPolicyArguments } from "../../cli-kit/warning-policy.js";

/**
 * `flagtype validate [--flags flags] [--quiet] [--max-warnings n]`: every check `generate` makes, without writing anything.
 * @example await runCli(["validate", "--flags", "flags"], io) // 1 and file:line:col errors when invalid
 */
export const validateCommand: CliCommand = {
  command: "validate",
  describe: "Check the flags files (JSON, schema, rules, names, declared types) without writing",
  builder: (yargs: Argv): Argv =>
    yargs
      .option("flags", FLAGS_OPTION)
      .option("quiet", QUIET_COUNTING_OPTION)
      .option("max-warnings", MAX_WARNINGS_OPTION)
      .example("$0 validate", "check flags/*.json")
      .example("$0 validate --quiet --max-warnings 0", "in CI: fail on any error or warning")
      .example("$0 validate --flags config/flags", "check another folder"),
  run: async (args, io) => {
    const flags = directoryArgument(args, "flags", io.cwd);
    const policy = warningPolicyArguments(args);
    // Loaded on demand: --help does not need the pipeline.
    const { checkFlagsFolder } = await import("../../cli-kit/flags-folder.js");
    const { models, diagnostics } = await checkFlagsFolder(flags);
    const verdict = reportFindings(io, diagnostics, policy);
    if (verdict.failed) {
      io.stderr.write(`flagtype: ${verdict.summary}\n`);
      return EXIT_CODES.findings;
    }
    const warnings = verdict.warnings > 0 ? `, ${countOf(verdict.warnings, "warning")}` : "";
    say(io, policy.quiet, `${flags.display}: ${countOf(models.size, "flags file")} checked, no errors${warnings}`);
    return EXIT_CODES.ok;
  },
};
