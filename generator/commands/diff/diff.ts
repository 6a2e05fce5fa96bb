import { relative, resolve, sep } from "node:path";
import type { Argv } from "yargs";
import type { DiffBaseline, DiffSettings } from "./run-diff.js";
import { booleanArgument, directoryArgument, stringArgument } from "../../cli-kit/arguments.js";
import { awsConnectionArguments, ENDPOINT_OPTION, optionalStringArgument, REGION_OPTION } from "../../cli-kit/aws-options.js";
import { UsageError, type CliCommand, type ParsedArguments } from "../../cli-kit/cli-command.js";
import { FLAGS_OPTION } from "../../cli-kit/shared-options.js";

/**
 * `flagtype diff [--flags flags] (--file other.json | --application A --environment E [--profile P]) [--json]`.
 * @example await runCli(["diff", "--application", "shop", "--environment", "prod"], io) // 1 on breaking drift
 */
export const diffCommand: CliCommand = {
  command: "diff",
  describe: "Compare the flags files with what AppConfig deployed (or a file): added, removed, changed, breaking",
  builder: (yargs: Argv): Argv =>
    yargs
      .option("flags", FLAGS_OPTION)
      .option("file", { type: "string", requiresArg: true, describe: "Compare with this flags document instead of AppConfig" })
      .option("application", {
        type: "string",
        requiresArg: true,
        describe:
          "AppConfig application name or id: Powertools files are compared with what the data API serves, " +
          "native files with the stored document of the latest deployment (management API)",
      })
      .option("environment", { type: "string", requiresArg: true, describe: "AppConfig environment name or id" })
      .option("profile", { type: "string", requiresArg: true, describe: "Compare this profile (flags/<profile>.json) only [default: every flags file; with --file, the one of the same name]" })
      .option("json", { type: "boolean", describe: "Print the changes as JSON" })
      .option("region", REGION_OPTION)
      .option("endpoint", ENDPOINT_OPTION)
      .option("management-endpoint", {
        type: "string",
        requiresArg: true,
        describe: "AppConfig management API endpoint URL, for native profiles [default: --endpoint, else AWS's]",
      })
      .conflicts("file", ["application", "environment", "management-endpoint"])
      .example("$0 diff --application shop --environment prod", "every flags file against the deployed profile of the same name")
      .example("$0 diff --file deployed/features.json", "against a file")
      .example("$0 diff --application shop --environment prod --profile features --json", "machine-readable"),
  run: async (args, io) => {
    const settings: DiffSettings = {
      flags: directoryArgument(args, "flags", io.cwd),
      baseline: baselineOf(args, io.cwd),
      json: booleanArgument(args, "json"),
      ...(args["profile"] !== undefined ? { profile: stringArgument(args, "profile") } : {}),
    };
    const { runDiff } = await import("./run-diff.js");
    return runDiff(settings, io);
  },
};

function baselineOf(args: ParsedArguments, cwd: string): DiffBaseline {
  const file = optionalStringArgument(args, "file");
  if (file !== undefined) {
    const path = resolve(cwd, file);
    return { kind: "file", file: { path, display: relative(cwd, path).split(sep).join("/") || path } };
  }
  const application = optionalStringArgument(args, "application");
  const environment = optionalStringArgument(args, "environment");
  if (application === undefined || environment === undefined) {
    throw new UsageError("diff needs --file, or --application and --environment");
  }
  const managementEndpoint = args["management-endpoint"] === undefined ? undefined : endpointOf(stringArgument(args, "management-endpoint"));
  return { kind: "appconfig", target: { application, environment, ...awsConnectionArguments(args), ...(managementEndpoint !== undefined ? { managementEndpoint } : {}) } };
}

function endpointOf(value: string): string {
  if (!URL.canParse(value)) throw new UsageError(`--management-endpoint must be a URL such as http://127.0.0.1:4010, got ${JSON.stringify(value)}`);
  return value;
}
