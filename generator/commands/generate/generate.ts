import type { Argv } from "yargs";
import { booleanArgument, directoryArgument, outputDirectoryArgument, stringArgument } from "../../cli-kit/arguments.js";
import type { CliCommand, CliIo, ExitCode } from "../../cli-kit/cli-command.js";
import type { GenerateSettings } from "./generate-steps.js";
import { FLAGS_OPTION, OUT_OPTION, RUNTIME_IMPORT_OPTION } from "../../cli-kit/shared-options.js";
import { MAX_WARNINGS_OPTION, QUIET_COUNTING_OPTION, warningPolicyArguments } from "../../cli-kit/warning-policy.js";
import { watchUntilStopped } from "../../cli-kit/watch-until-stopped.js";

/**
 * `flagtype generate [--flags flags] [--out generated] [--check | --watch] [--quiet] [--max-warnings n]`.
 * @example await runCli(["generate", "--check"], io) // 1 when generated/ is stale
 */
export const generateCommand: CliCommand = {
  command: "generate",
  describe: "Generate typed accessors (one module per flags file)",
  builder: (yargs: Argv): Argv =>
    yargs
      .option("flags", FLAGS_OPTION)
      .option("out", OUT_OPTION)
      .option("runtime-import", RUNTIME_IMPORT_OPTION)
      .option("check", {
        type: "boolean",
        describe: "Write nothing; exit 1 listing every generated file that is missing, stale or orphaned",
      })
      .option("watch", {
        type: "boolean",
        describe: "Regenerate whenever a flags file changes, until interrupted",
      })
      .option("quiet", QUIET_COUNTING_OPTION)
      .option("max-warnings", MAX_WARNINGS_OPTION)
      .conflicts("check", "watch")
      .example("$0 generate", "flags/*.json -> generated/*.ts")
      .example("$0 generate --check", "in CI: fail when generated/ is stale")
      .example("$0 generate --check --max-warnings 0", "in CI: fail on stale output and on any warning too")
      .example("$0 generate --flags config/flags --out src/flags", "other folders"),
  run: async (args, io) => {
    const settings: GenerateSettings = {
      flags: directoryArgument(args, "flags", io.cwd),
      out: await outputDirectoryArgument(args, "out", io.cwd),
      runtimeImport: stringArgument(args, "runtime-import"),
      ...warningPolicyArguments(args),
    };
    const check = booleanArgument(args, "check");
    if (booleanArgument(args, "watch")) return watchAndGenerate(settings, io);
    // Loaded on demand: the pipeline pulls in ts-morph and TypeScript, which --help does not need.
    const { checkOnce, generateOnce } = await import("./generate-steps.js");
    return check ? checkOnce(settings, io) : generateOnce(settings, io);
  },
};

/** Generates now, then after every change; a broken save only prints diagnostics and keeps the last output. */
async function watchAndGenerate(settings: GenerateSettings, io: CliIo): Promise<ExitCode> {
  const { generateOnce } = await import("./generate-steps.js");
  await generateOnce(settings, io);
  return watchUntilStopped(settings.flags, io, settings.quiet, () => generateOnce(settings, io));
}
