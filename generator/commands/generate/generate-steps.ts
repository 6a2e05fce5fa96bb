import { staleOutputDiagnostics } from "../../pipeline/write/check-outputs.js";
import { blockedOutputDiagnostics } from "../../pipeline/write/blocked-outputs.js";
import { applyOutputPlan, readOutputFiles, type OutputDir } from "../../pipeline/write/output-dir.js";
import { isUpToDate, planOutputs, type OutputPlan } from "../../pipeline/write/output-plan.js";
import type { DirectoryArgument } from "../../cli-kit/arguments.js";
import { EXIT_CODES, type CliIo, type ExitCode } from "../../cli-kit/cli-command.js";
import { generateFlagsFolder, type GeneratedFolder } from "../../cli-kit/flags-folder.js";
import { countOf, reportDiagnostics, say } from "../../cli-kit/report.js";
import { reportFindings, type WarningPolicy } from "../../cli-kit/warning-policy.js";

export interface GenerateSettings extends WarningPolicy {
  readonly flags: DirectoryArgument;
  readonly out: OutputDir;
  readonly runtimeImport: string;
}

/**
 * `flagtype generate`: writes changed modules and removes orphaned ones, only when the flags files
 * pass (no error, no more warnings than `--max-warnings`) and no module's name is taken by a file
 * flagtype does not own.
 */
export async function generateOnce(settings: GenerateSettings, io: CliIo): Promise<ExitCode> {
  const generated = await generateFlagsFolder(settings.flags, settings);
  const verdict = reportFindings(io, generated.diagnostics, settings);
  if (verdict.failed) {
    io.stderr.write(`flagtype: ${verdict.summary}; nothing written\n`);
    return EXIT_CODES.findings;
  }
  const plan = await planFor(generated, settings, io);
  if (!plan) return EXIT_CODES.findings;
  if (plan.blocked.length > 0) {
    reportDiagnostics(io, blockedOutputDiagnostics(settings.out.display, plan, generated.sourceOf), settings.quiet);
    io.stderr.write(`flagtype: ${inTheWay(plan)} in ${settings.out.display}; nothing written\n`);
    return EXIT_CODES.findings;
  }
  const applied = await applyOutputPlan(settings.out, plan);
  for (const file of applied.written) say(io, settings.quiet, `wrote ${file}`);
  for (const file of applied.removed) say(io, settings.quiet, `removed ${file}`);
  if (applied.written.length + applied.removed.length === 0) {
    say(io, settings.quiet, `${settings.out.display} is up to date (${countOf(plan.unchanged.length, "file")})`);
  }
  return reportDiagnostics(io, applied.diagnostics, settings.quiet) > 0 ? EXIT_CODES.findings : EXIT_CODES.ok;
}

/** `flagtype generate --check`: compares every expected file before deciding; writes nothing. */
export async function checkOnce(settings: GenerateSettings, io: CliIo): Promise<ExitCode> {
  const generated = await generateFlagsFolder(settings.flags, settings);
  const verdict = reportFindings(io, generated.diagnostics, settings);
  if (verdict.failed) {
    io.stderr.write(`flagtype: ${verdict.summary} in the flags files; cannot check ${settings.out.display}\n`);
    return EXIT_CODES.findings;
  }
  const plan = await planFor(generated, settings, io);
  if (!plan) return EXIT_CODES.findings;
  if (isUpToDate(plan)) {
    say(io, settings.quiet, `${settings.out.display} is up to date (${countOf(plan.unchanged.length, "file")})`);
    return EXIT_CODES.ok;
  }
  const stale = staleOutputDiagnostics(settings.out.display, plan);
  const blocked = blockedOutputDiagnostics(settings.out.display, plan, generated.sourceOf);
  reportDiagnostics(io, [...blocked, ...stale], settings.quiet);
  const found = [...(blocked.length > 0 ? [inTheWay(plan)] : []), ...(stale.length > 0 ? [countOf(stale.length, "stale file")] : [])];
  const fix = blocked.length > 0 ? 'move or delete the files in the way, then run "flagtype generate"' : 'run "flagtype generate"';
  io.stderr.write(`flagtype: ${found.join(", ")} in ${settings.out.display}; ${fix}\n`);
  return EXIT_CODES.findings;
}

/** The output directory compared with the modules; undefined (reported) when it cannot be read. */
async function planFor(generated: GeneratedFolder, settings: GenerateSettings, io: CliIo): Promise<OutputPlan | undefined> {
  const existing = await readOutputFiles(settings.out, generated.modules.map((module) => module.fileName));
  if (reportDiagnostics(io, existing.diagnostics, settings.quiet) > 0) return undefined;
  return planOutputs(generated.modules, existing.files);
}

function inTheWay(plan: OutputPlan): string {
  const count = plan.blocked.length;
  return `${count} ${count === 1 ? "file" : "files"} in the way`;
}
