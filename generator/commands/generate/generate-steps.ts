import { staleOutputDiagnostics } from "../../pipeline/write/check-outputs.js";
import { applyOutputPlan, readOutputFiles, type OutputDir } from "../../pipeline/write/output-dir.js";
import { isUpToDate, planOutputs } from "../../pipeline/write/output-plan.js";
import type { DirectoryArgument } from "../../cli-kit/arguments.js";
import { EXIT_CODES, type CliIo, type ExitCode } from "../../cli-kit/cli-command.js";
import { generateFlagsFolder } from "../../cli-kit/flags-folder.js";
import { countOf, reportDiagnostics, say } from "../../cli-kit/report.js";

export interface GenerateSettings {
  readonly flags: DirectoryArgument;
  readonly out: OutputDir;
  readonly runtimeImport: string;
  readonly quiet: boolean;
}

/** `flagtype generate`: writes changed modules and removes orphaned ones, only when there is no error. */
export async function generateOnce(settings: GenerateSettings, io: CliIo): Promise<ExitCode> {
  const { modules, diagnostics } = await generateFlagsFolder(settings.flags, settings);
  const errors = reportDiagnostics(io, diagnostics, settings.quiet);
  if (errors > 0) {
    io.stderr.write(`flagtype: ${countOf(errors, "error")}; nothing written\n`);
    return EXIT_CODES.findings;
  }
  const existing = await readOutputFiles(settings.out, modules.map((module) => module.fileName));
  if (reportDiagnostics(io, existing.diagnostics, settings.quiet) > 0) return EXIT_CODES.findings;
  const plan = planOutputs(modules, existing.files);
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
  const { modules, diagnostics } = await generateFlagsFolder(settings.flags, settings);
  const errors = reportDiagnostics(io, diagnostics, settings.quiet);
  if (errors > 0) {
    io.stderr.write(`flagtype: ${countOf(errors, "error")} in the flags files; cannot check ${settings.out.display}\n`);
    return EXIT_CODES.findings;
  }
  const existing = await readOutputFiles(settings.out, modules.map((module) => module.fileName));
  if (reportDiagnostics(io, existing.diagnostics, settings.quiet) > 0) return EXIT_CODES.findings;
  const plan = planOutputs(modules, existing.files);
  if (isUpToDate(plan)) {
    say(io, settings.quiet, `${settings.out.display} is up to date (${countOf(plan.unchanged.length, "file")})`);
    return EXIT_CODES.ok;
  }
  const stale = staleOutputDiagnostics(settings.out.display, plan);
  reportDiagnostics(io, stale, settings.quiet);
  io.stderr.write(`flagtype: ${countOf(stale.length, "stale file")} in ${settings.out.display}; run "flagtype generate"\n`);
  return EXIT_CODES.findings;
}
