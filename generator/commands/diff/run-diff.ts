import { basename } from "node:path";
import type { FlagsSource } from "../../pipeline/load/flags-source.js";
import { readFlagsFile, readFlagsFolder, type DiskLocation } from "../../pipeline/load/read-flags-sources.js";
import { modelFlagsSource } from "../../pipeline/run-pipeline.js";
import type { DirectoryArgument } from "../../cli-kit/arguments.js";
import { EXIT_CODES, UsageError, type CliIo, type ExitCode } from "../../cli-kit/cli-command.js";
import { countOf, reportDiagnostics } from "../../cli-kit/report.js";
import type { Diagnostic } from "../../pipeline/diagnostics.js";
import type { DocumentFormat } from "../../pipeline/load/document-format.js";
import { compareAnyModels, formatChange } from "./compare-any-models.js";
import { breakingCount, driftJson, driftText, type NotDeployedProfile, type ProfileDrift } from "./drift-report.js";
import { deployedLabel, fetchDeployedDocument, type DeployedTarget } from "./fetch-deployed.js";
import { textLooksLikeNativeRetrievalMap } from "./retrieval-shape.js";
import { fetchStoredDocument } from "./stored/fetch-stored-document.js";

/**
 * What the local flags are compared with: another file, or what AppConfig deployed. Against
 * AppConfig, a Powertools file is compared with what the data API serves (at `endpoint`); a native
 * file with the stored document its profile's latest deployment deployed, read through the
 * management API (at `managementEndpoint`, default `endpoint`).
 */
export type DiffBaseline =
  | { readonly kind: "file"; readonly file: DiskLocation }
  | { readonly kind: "appconfig"; readonly target: Omit<DeployedTarget, "profile"> & { readonly managementEndpoint?: string } };

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
 * and reports the changes per profile, in either format (Powertools or native AppConfig documents;
 * two formats are one breaking change); exit 1 when a change breaks code generated from the baseline
 * or a profile cannot be compared. Every drift that could be computed is printed first, then why the
 * others could not be; a profile AppConfig has not deployed is reported, not a failure.
 * @example await runDiff({ flags, baseline: { kind: "file", file }, json: false }, io)
 */
export async function runDiff(settings: DiffSettings, io: CliIo): Promise<ExitCode> {
  const folder = await readFlagsFolder(settings.flags);
  const profiles = chooseProfiles(settings, folder.profiles ?? []);
  if (profiles.length === 0) {
    // The folder is missing or holds no flags file: the reader said which (FT001 / FT002).
    reportDiagnostics(io, folder.diagnostics, false);
    return EXIT_CODES.findings;
  }
  const sources = new Map((folder.sources ?? []).map((source) => [source.profile, source]));
  const unreadable = folder.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  const pairs = await Promise.all(profiles.map((profile) => comparePair(settings, profile, sources.get(profile), unreadable)));
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

async function comparePair(settings: DiffSettings, profile: string, local: FlagsSource | undefined, unreadable: readonly Diagnostic[]): Promise<Pair> {
  const localDisplay = `${settings.flags.display}/${profile}.json`;
  if (!local) return { profile, diagnostics: unreadable.filter((diagnostic) => diagnostic.file.startsWith(`${settings.flags.display}/${profile}.`)) };
  const localModel = await modelFlagsSource(local);
  if (!localModel.model) return { profile, diagnostics: localModel.diagnostics };
  const baseline = await baselineSource(settings.baseline, profile, local, localModel.model.format);
  if ("notDeployed" in baseline) return { notDeployed: { profile, local: localDisplay, deployed: baseline.notDeployed } };
  if (!("source" in baseline)) return { profile, ...baseline };
  const deployedName = baseline.source.document.path;
  const deployed = await modelFlagsSource(baseline.source);
  if (!deployed.model) {
    // A Powertools file against a profile that AppConfig serves as native feature flags.
    if (baseline.dataApi && textLooksLikeNativeRetrievalMap(baseline.source.document.text)) {
      return { drift: { profile, local: localDisplay, deployed: deployedName, changes: [formatChange("native", "powertools")] } };
    }
    return { profile, diagnostics: deployed.diagnostics };
  }
  return { drift: { profile, local: localDisplay, deployed: deployedName, changes: compareAnyModels(deployed.model, localModel.model) } };
}

/**
 * The baseline document of `profile`, checked with the local declared types (the ones code was
 * generated with). Against AppConfig, the local file's format picks the path: the data API for
 * Powertools (`dataApi` set: what functions read), the management API for native (the stored
 * document, since the data API serves only its retrieval form).
 */
async function baselineSource(
  baseline: DiffBaseline,
  profile: string,
  local: FlagsSource,
  localFormat: DocumentFormat,
): Promise<{ source: FlagsSource; dataApi?: true } | { notDeployed: string } | { diagnostics: Diagnostic[]; failure?: string }> {
  const declared = local.declaredTypes ? { declaredTypes: local.declaredTypes } : {};
  if (baseline.kind === "file") {
    const read = await readFlagsFile(baseline.file);
    return read.source ? { source: { profile, document: read.source.document, ...declared } } : { diagnostics: read.diagnostics };
  }
  const { managementEndpoint, ...dataTarget } = baseline.target;
  const target = { ...dataTarget, profile };
  if (localFormat === "native") {
    const endpoint = managementEndpoint ?? target.endpoint;
    const stored = await fetchStoredDocument({ ...target, ...(endpoint !== undefined ? { endpoint } : {}) });
    if ("notDeployed" in stored) return { notDeployed: deployedLabel(target) };
    if ("error" in stored) return { diagnostics: [], failure: stored.error };
    return { source: { profile, document: { path: deployedLabel(target), text: stored.text }, ...declared } };
  }
  const fetched = await fetchDeployedDocument(target);
  if ("notDeployed" in fetched) return { notDeployed: deployedLabel(target) };
  if ("error" in fetched) return { diagnostics: [], failure: fetched.error };
  return { source: { profile, document: { path: deployedLabel(target), text: fetched.text }, ...declared }, dataApi: true };
}

function chooseProfiles(settings: DiffSettings, available: readonly string[]): string[] {
  if (settings.profile !== undefined) {
    if (available.includes(settings.profile)) return [settings.profile];
    const known = available.length > 0 ? ` (flags files: ${available.join(", ")})` : "";
    throw new UsageError(`--profile ${settings.profile}: no ${settings.flags.display}/${settings.profile}.json to compare${known}`);
  }
  if (settings.baseline.kind === "appconfig") return [...available];
  const named = basename(settings.baseline.file.path).replace(/\.json$/, "");
  if (available.includes(named)) return [named];
  const [only] = available;
  if (only !== undefined && available.length === 1) return [only];
  throw new UsageError(`no ${settings.flags.display}/${named}.json to compare ${settings.baseline.file.display} with; choose one with --profile`);
}
