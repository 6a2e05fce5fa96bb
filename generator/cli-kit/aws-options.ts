import type { Options } from "yargs";
import { stringArgument } from "./arguments.js";
import { UsageError, type ParsedArguments } from "./cli-command.js";

export const REGION_OPTION: Options = {
  type: "string",
  requiresArg: true,
  describe: "AWS region (default: the SDK's, e.g. from AWS_REGION or ~/.aws/config)",
};

export const ENDPOINT_OPTION: Options = {
  type: "string",
  requiresArg: true,
  describe: "Service endpoint URL instead of AWS's (e.g. a local server from tests)",
};

/** `--region` and `--endpoint` when given. */
export function awsConnectionArguments(args: ParsedArguments): { region?: string; endpoint?: string } {
  return {
    ...(args["region"] !== undefined ? { region: stringArgument(args, "region") } : {}),
    ...(args["endpoint"] !== undefined ? { endpoint: endpointArgument(args) } : {}),
  };
}

/** An optional string option: `undefined` when absent, one non-empty value otherwise. */
export function optionalStringArgument(args: ParsedArguments, name: string): string | undefined {
  return args[name] === undefined ? undefined : stringArgument(args, name);
}

/** A positive number of seconds, as milliseconds. */
export function secondsArgument(args: ParsedArguments, name: string): number {
  const value = args[name];
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(`--${name} takes a positive number of seconds`);
  }
  return Math.round(value * 1000);
}

function endpointArgument(args: ParsedArguments): string {
  const endpoint = stringArgument(args, "endpoint");
  if (!URL.canParse(endpoint)) throw new UsageError(`--endpoint must be a URL such as http://127.0.0.1:4010, got ${JSON.stringify(endpoint)}`);
  return endpoint;
}
