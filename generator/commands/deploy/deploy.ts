import { join, relative, resolve, sep } from "node:path";
import type { Argv } from "yargs";
import type { DeploySettings } from "./run-deploy.js";
import { booleanArgument, directoryArgument, stringArgument } from "../../cli-kit/arguments.js";
import { awsConnectionArguments, ENDPOINT_OPTION, optionalStringArgument, REGION_OPTION, secondsArgument } from "../../cli-kit/aws-options.js";
import type { CliCommand, ParsedArguments } from "../../cli-kit/cli-command.js";
import { FLAGS_OPTION } from "../../cli-kit/shared-options.js";

/** The predefined strategy that deploys to every target at once (then bakes for 10 minutes). */
export const DEFAULT_STRATEGY = "AppConfig.AllAtOnce";

/**
 * `flagtype deploy --application A --environment E --profile P [--strategy S] [--wait]`.
 * @example await runCli(["deploy", "--application", "shop", "--environment", "prod", "--profile", "features", "--wait"], io)
 */
export const deployCommand: CliCommand = {
  command: "deploy",
  describe: "Validate a flags file and deploy it to AWS AppConfig (hosted configuration version + deployment)",
  builder: (yargs: Argv): Argv =>
    yargs
      .option("application", { type: "string", requiresArg: true, demandOption: true, describe: "AppConfig application name or id" })
      .option("environment", { type: "string", requiresArg: true, demandOption: true, describe: "AppConfig environment name or id" })
      .option("profile", {
        type: "string",
        requiresArg: true,
        demandOption: true,
        describe: "Configuration profile name or id (hosted; AWS.Freeform for a Powertools file, AWS.AppConfig.FeatureFlags for a native one)",
      })
      .option("create-profile", {
        type: "boolean",
        describe: "Create the profile when it does not exist: hosted, of the type the file's format needs",
      })
      .option("flags", FLAGS_OPTION)
      .option("flags-file", { type: "string", requiresArg: true, describe: "Flags file to deploy [default: <flags>/<profile name>.json]" })
      .option("strategy", { type: "string", requiresArg: true, default: DEFAULT_STRATEGY, describe: "Deployment strategy name or id" })
      .option("description", { type: "string", requiresArg: true, describe: "Description of the configuration version and the deployment" })
      .option("version-label", { type: "string", requiresArg: true, describe: "Label of the hosted configuration version (e.g. a Git tag)" })
      .option("wait", { type: "boolean", describe: "Wait until the deployment is COMPLETE (exit 0) or rolled back (exit 1)" })
      .option("wait-interval", { type: "number", requiresArg: true, default: 5, describe: "Seconds between two status checks with --wait" })
      .option("wait-timeout", { type: "number", requiresArg: true, default: 1800, describe: "Seconds after which --wait gives up (exit 1)" })
      .option("region", REGION_OPTION)
      .option("endpoint", ENDPOINT_OPTION)
      .example("$0 deploy --application shop --environment prod --profile features", "deploy flags/features.json")
      .example("$0 deploy --application shop --environment prod --profile features --wait --strategy AppConfig.Canary10Percent20Minutes", "roll out gradually and wait")
      .example("$0 deploy --application shop --environment dev --profile features --flags-file build/features.json", "another file")
      .example("$0 deploy --application shop --environment prod --profile checkout --create-profile", "a new profile (AWS.AppConfig.FeatureFlags for a native file)"),
  run: async (args, io) => {
    const settings = deploySettings(args, io.cwd);
    const { runDeploy } = await import("./run-deploy.js");
    return runDeploy(settings, io);
  },
};

function deploySettings(args: ParsedArguments, cwd: string): DeploySettings {
  const profile = stringArgument(args, "profile");
  const flagsDirectory = args["flags-file"] === undefined ? directoryArgument(args, "flags", cwd) : undefined;
  const flagsFile = flagsDirectory ? join(flagsDirectory.path, `${profile}.json`) : resolve(cwd, stringArgument(args, "flags-file"));
  const description = optionalStringArgument(args, "description");
  const versionLabel = optionalStringArgument(args, "version-label");
  const wait = booleanArgument(args, "wait");
  const createProfile = booleanArgument(args, "create-profile");
  return {
    flagsFile: { path: flagsFile, display: relative(cwd, flagsFile).split(sep).join("/") || flagsFile },
    ...(flagsDirectory ? { defaultFlagsDirectory: flagsDirectory } : {}),
    names: {
      application: stringArgument(args, "application"),
      environment: stringArgument(args, "environment"),
      profile,
      strategy: stringArgument(args, "strategy"),
    },
    ...(description !== undefined ? { description } : {}),
    ...(versionLabel !== undefined ? { versionLabel } : {}),
    ...(createProfile ? { createProfile } : {}),
    connection: awsConnectionArguments(args),
    ...(wait ? { wait: { intervalMs: secondsArgument(args, "wait-interval"), timeoutMs: secondsArgument(args, "wait-timeout") } } : {}),
  };
}
