import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { DocumentFormat } from "../../pipeline/load/document-format.js";
import { readFlagsFile, type DiskLocation } from "../../pipeline/load/read-flags-sources.js";
import { modelFlagsSource } from "../../pipeline/run-pipeline.js";
import type { DirectoryArgument } from "../../cli-kit/arguments.js";
import { EXIT_CODES, type CliIo, type ExitCode } from "../../cli-kit/cli-command.js";
import { SYSTEM_CLOCK } from "../../cli-kit/clock.js";
import { countOf, reportDiagnostics } from "../../cli-kit/report.js";
import { deployFlags, type DeployResult } from "./deploy-flags.js";
import { DeployError, type ManagementApi } from "./management-api.js";
import { resolveTarget, type ResolvedTarget, type TargetNames } from "./resolve-ids.js";
import { connectManagementApi, type ManagementConnection } from "./sdk-management-api.js";
import { waitForDeployment } from "./wait-for-deployment.js";

export interface DeploySettings {
  readonly flagsFile: DiskLocation;
  /**
   * Set when `flagsFile` is the default `<flags>/<profile>.json`: if that file does not exist,
   * `--profile` may be an id, and the file is `<flags>/<name of the profile>.json` instead.
   */
  readonly defaultFlagsDirectory?: DirectoryArgument;
  readonly names: TargetNames;
  readonly description?: string;
  readonly versionLabel?: string;
  /** Create a missing profile (hosted, of the type the file's format needs). */
  readonly createProfile?: boolean;
  readonly connection: ManagementConnection;
  /** Wait for a final state, polling GetDeployment; absent: return once started. */
  readonly wait?: { readonly intervalMs: number; readonly timeoutMs: number };
}

/**
 * `flagtype deploy`: checks the flags file like `validate` (an invalid file is never sent; only a
 * `--profile` id whose `<flags>/<id>.json` does not exist costs the List calls that find its name),
 * checks that the profile's type fits the file's format (Powertools → `AWS.Freeform`, native →
 * `AWS.AppConfig.FeatureFlags`) or creates the profile with `createProfile`, deploys the file's
 * exact bytes, and with `wait` follows the deployment to COMPLETE (exit 0) or a rollback (exit 1).
 * @example await runDeploy(settings, io)
 */
export async function runDeploy(
  settings: DeploySettings,
  io: CliIo,
  connect: (connection: ManagementConnection) => Promise<ManagementApi> = connectManagementApi,
): Promise<ExitCode> {
  const byProfileName = await flagsFileOfProfileName(settings, connect);
  const flagsFile = byProfileName?.flagsFile ?? settings.flagsFile;
  const checked = await checkedContent(flagsFile, io);
  if (!checked) return EXIT_CODES.findings;
  const say = (line: string): void => void io.stdout.write(`${line}\n`);
  try {
    const api = byProfileName?.api ?? (await connect(settings.connection));
    const request = { ...settings, ...checked, file: flagsFile.display, ...(byProfileName ? { target: byProfileName.target } : {}) };
    const result = await deployFlags(api, request, say);
    return settings.wait ? await follow(api, result, settings, io) : EXIT_CODES.ok;
  } catch (error) {
    if (!(error instanceof DeployError)) throw error;
    io.stderr.write(`flagtype: ${error.message}\n`);
    return EXIT_CODES.findings;
  }
}

/**
 * When the default `<flags>/<profile>.json` does not exist, `--profile` may be an id: resolves the
 * target (List calls only, nothing is created) and, if the profile's name differs from what was
 * given, answers `<flags>/<name>.json`. Undefined otherwise, or when the lookup fails: then the
 * missing file is what gets reported.
 */
async function flagsFileOfProfileName(
  settings: DeploySettings,
  connect: (connection: ManagementConnection) => Promise<ManagementApi>,
): Promise<{ flagsFile: DiskLocation; api: ManagementApi; target: ResolvedTarget } | undefined> {
  const directory = settings.defaultFlagsDirectory;
  if (directory === undefined || (await fileExists(settings.flagsFile.path))) return undefined;
  try {
    const api = await connect(settings.connection);
    const target = await resolveTarget(api, settings.names);
    if (target.profileName === settings.names.profile) return undefined;
    const name = `${target.profileName}.json`;
    const display = directory.display === "." ? name : `${directory.display}/${name}`;
    return { flagsFile: { path: join(directory.path, name), display }, api, target };
  } catch (error) {
    if (error instanceof DeployError) return undefined;
    throw error;
  }
}

async function fileExists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** The file's bytes and format when it passes every check; otherwise prints the diagnostics. */
async function checkedContent(location: DiskLocation, io: CliIo): Promise<{ content: Uint8Array; format: DocumentFormat } | undefined> {
  const read = await readFlagsFile(location);
  const checked = read.source ? await modelFlagsSource(read.source) : { diagnostics: read.diagnostics };
  const errors = reportDiagnostics(io, checked.diagnostics, false);
  if (errors > 0 || !read.source || !("model" in checked) || !checked.model) {
    io.stderr.write(`flagtype: ${countOf(Math.max(errors, 1), "error")} in ${location.display}; nothing deployed\n`);
    return undefined;
  }
  io.stdout.write(`${location.display}: valid (${countOf(checked.model.flags.length, "flag")})\n`);
  // The file's exact bytes: strict UTF-8 decoding (byte-order mark kept) round-trips them. A native
  // file is the stored document itself, so it is deployed as is too.
  return { content: new TextEncoder().encode(read.source.document.text), format: checked.model.format };
}

async function follow(api: ManagementApi, result: DeployResult, settings: DeploySettings, io: CliIo): Promise<ExitCode> {
  const { target, deployment } = result;
  const number = deployment.deploymentNumber;
  const outcome = await waitForDeployment(() => api.getDeployment(target.applicationId, target.environmentId, number), deployment, {
    intervalMs: settings.wait?.intervalMs ?? 5000,
    timeoutMs: settings.wait?.timeoutMs ?? 1_800_000,
    ...(io.signal ? { signal: io.signal } : {}),
    clock: io.clock ?? SYSTEM_CLOCK,
    onChange: (status) => void io.stdout.write(`deployment ${number}: ${status.state}\n`),
  });
  const { application, environment } = settings.names;
  const where = `deployment ${number} to ${application}/${environment}`;
  if (outcome.kind === "finished" && outcome.status.state === "COMPLETE") return EXIT_CODES.ok;
  if (outcome.kind === "finished") io.stderr.write(`flagtype: ${where} ended ${outcome.status.state}\n`);
  else if (outcome.kind === "timed-out") {
    const seconds = (settings.wait?.timeoutMs ?? 0) / 1000;
    io.stderr.write(`flagtype: ${where} is still ${outcome.status.state} after ${seconds} s; stopped waiting (AppConfig carries on)\n`);
  } else io.stderr.write(`flagtype: stopped waiting for ${where} (${outcome.status.state}; AppConfig carries on)\n`);
  return EXIT_CODES.findings;
}
