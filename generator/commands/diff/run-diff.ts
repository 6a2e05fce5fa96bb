import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { modelFlagsDocument, type FlagsDocumentSource } from "../../pipeline/model-flags-document.js";
import { readFlagsFile, type FlagsFileLocation } from "../../pipeline/load/read-flags-file.js";
import type { DirectoryArgument } from "../../cli-kit/arguments.js";
import { EXIT_CODES, UsageError, type CliIo, type ExitCode } from "../../cli-kit/cli-command.js";
import { countOf, reportDiagnostics } from "../../cli-kit/report.js";
import type { Diagnostic } from "../../pipeline/diagnostics.js";
import { LOAD_CODES } from "../../pipeline/load/load-codes.js";
import type { ModuleModel } from "../../pipeline/model/flags-model.js";
import { compareModels } from "./compare-models.js";
import { breakingCount, driftJson, driftText, type NotDeployedProfile, type ProfileDrift } from "./drift-report.js";
import { deployedLabel, fetchDeployedDocument, type DeployedTarget } from "./fetch-deployed.js";

/** What the local flags are compared with: another file, or what AppConfig serves. */
export type DiffBaseline =
  | { readonly kind: "file"; readonly file: FlagsFileLocation }
  | { readonly kind: "appconfig"; readonly target: Omit<DeployedTarget, "profile"> };

export interface DiffSettings {
  readonly flags: DirectoryArgument;
  readonly baseline: DiffBaseline;
  /** Compare this profile only; default: the one matching `--file`, or every flags file against AppConfig. */
  readonly profile?: string;
  readonly json: boolean;
}

/** One profile: its drift, "not deployed yet", or why its two sides cannot be compared. */
type Pair =
  | { readonly drift: ProfileDrift }
  | { readonly notDeployed: NotDeployedProfile }
  | { readonly profile: string; readonly diagnostics: Diagnostic[]; readonly failure?: string };

/**
 * `flagtype diff`: models the local flags files and the baseline with the generator's model stage
 * and reports the changes per profile; exit 1 when a change breaks code generated from the baseline
 * or a profile cannot be compared. Every drift that could be computed is printed first, then why the
 * others could not be; a profile AppConfig has not deployed is reported, not a failure.
 * @example await runDiff({ flags, baseline: { kind: "file", file }, json: false }, io)
 */
export async function runDiff(settings: DiffSettings, io: CliIo): Promise<ExitCode> {
  const profiles = await chooseProfiles(settings);
  if (profiles.length === 0) {
    const message = `no flags files (*.json) in ${settings.flags.display}`;
    reportDiagnostics(io, [{ file: settings.flags.display, line: 1, column: 1, severity: "error", code: LOAD_CODES.noFlagsFiles, message }], false);
    return EXIT_CODES.findings;
  }
  const pairs = await Promise.all(profiles.map((profile) => comparePair(settings, profile)));
  const drifts = pairs.flatMap((pair) => ("drift" in pair ? [pair.drift] : []));
  const notDeployed = pairs.flatMap((pair) => ("notDeployed" in pair ? [pair.notDeployed] : []));
  if (drifts.length + notDeployed.length > 0) io.stdout.write(settings.json ? driftJson(drifts, notDeployed) : driftText(drifts, notDeployed));
  const cannotCompare = reportUncompared(io, pairs);
  const breaking = breakingCount(drifts);
  if (breaking > 0 && !settings.json) io.stderr.write(`flagtype: ${countOf(breaking, "breaking change")}: code generated from the deployed flags would break\n`);
  return breaking > 0 || cannotCompare ? EXIT_CODES.findings : EXIT_CODES.ok;
}

/** Prints the diagnostics and fetch failures of the profiles that could not be compared; true if there were any. */
function reportUncompared(io: CliIo, pairs: readonly Pair[]): boolean {
  const uncompared = pairs.flatMap((pair) => ("diagnostics" in pair ? [pair] : []));
  const errors = reportDiagnostics(io, uncompared.flatMap((pair) => pair.diagnostics), false);
  for (const { failure } of uncompared) if (failure !== undefined) io.stderr.write(`flagtype: ${failure}\n`);
  if (uncompared.length === 0) return false;
  io.stderr.write(`flagtype: cannot compare ${uncompared.map((pair) => pair.profile).join(", ")}${errors > 0 ? ` (${countOf(errors, "error")})` : ""}\n`);
  return true;
}

async function comparePair(settings: DiffSettings, profile: string): Promise<Pair> {
  const localFile = { path: join(settings.flags.path, `${profile}.json`), display: `${settings.flags.display}/${profile}.json` };
  const local = await modelledFile(localFile);
  if (!local.model || !local.source) return { profile, diagnostics: local.diagnostics };
  const baseline = await baselineSource(settings.baseline, profile, local.source);
  if ("notDeployed" in baseline) return { notDeployed: { profile, local: localFile.display, deployed: baseline.notDeployed } };
  if (!("source" in baseline)) return { profile, ...baseline };
  const deployed = await modelFlagsDocument(baseline.source);
  if (!deployed.model) return { profile, diagnostics: deployed.diagnostics };
  const drift = { profile, local: localFile.display, deployed: baseline.source.document.path, changes: compareModels(deployed.model, local.model) };
  return { drift };
}

async function modelledFile(location: FlagsFileLocation): Promise<{ model?: ModuleModel; source?: FlagsDocumentSource; diagnostics: Diagnostic[] }> {
  const read = await readFlagsFile(location);
  if (!read.file) return { diagnostics: read.diagnostics };
  const modelled = await modelFlagsDocument(read.file.source);
  return { ...modelled, source: read.file.source };
}

/** The baseline document of `profile`, checked with the local declared types (the ones code was generated with). */
async function baselineSource(
  baseline: DiffBaseline,
  profile: string,
  local: FlagsDocumentSource,
): Promise<{ source: FlagsDocumentSource } | { notDeployed: string } | { diagnostics: Diagnostic[]; failure?: string }> {
  const declared = local.declaredTypes ? { declaredTypes: local.declaredTypes } : {};
  if (baseline.kind === "file") {
    const read = await readFlagsFile(baseline.file);
    return read.file ? { source: { profile, document: read.file.source.document, ...declared } } : { diagnostics: read.diagnostics };
  }
  const target = { ...baseline.target, profile };
  const fetched = await fetchDeployedDocument(target);
  if ("notDeployed" in fetched) return { notDeployed: deployedLabel(target) };
  if ("error" in fetched) return { diagnostics: [], failure: fetched.error };
  return { source: { profile, document: { path: deployedLabel(target), text: fetched.text }, ...declared } };
}

async function chooseProfiles(settings: DiffSettings): Promise<string[]> {
  const available = await flagsProfiles(settings.flags.path);
  if (settings.profile !== undefined) {
    if (available.includes(settings.profile)) return [settings.profile];
    const known = available.length > 0 ? ` (flags files: ${available.join(", ")})` : "";
    throw new UsageError(`--profile ${settings.profile}: no ${settings.flags.display}/${settings.profile}.json to compare${known}`);
  }
  if (settings.baseline.kind === "appconfig") return available;
  const named = basename(settings.baseline.file.path).replace(/\.json$/, "");
  if (available.includes(named)) return [named];
  const [only] = available;
  if (only !== undefined && available.length === 1) return [only];
  throw new UsageError(`no ${settings.flags.display}/${named}.json to compare ${settings.baseline.file.display} with; choose one with --profile`);
}

/** Profiles of the flags directory: `*.json` files except declared types and hidden files. */
async function flagsProfiles(directory: string): Promise<string[]> {
  const names = await readdir(directory).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json") && !name.startsWith("."))
    .map((name) => name.slice(0, -".json".length))
    .sort();
}
