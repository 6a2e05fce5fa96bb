import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { Project, ts } from "ts-morph";
import type { DirectoryArgument } from "../../cli-kit/arguments.js";
import { EXIT_CODES, UsageError, type CliIo, type ExitCode } from "../../cli-kit/cli-command.js";
import { countOf } from "../../cli-kit/report.js";
import { isGeneratedByFlagtype } from "../../pipeline/write/generated-marker.js";
import { readGeneratedModule } from "./generated-accessors.js";
import { scanReferences } from "./scan-references.js";
import { buildUnusedReport, unusedJson, unusedText } from "./unused-report.js";

export interface UnusedSettings {
  /** Absolute path of the tsconfig.json naming the code to scan. */
  readonly project: string;
  readonly projectDisplay: string;
  readonly generated: DirectoryArgument;
  readonly json: boolean;
}

/**
 * `flagtype unused`: loads the TypeScript project, reads the flagtype modules in the generated
 * directory and reports flags no source file uses and flag names no module has. Exit 1 on findings.
 * @example await runUnused({ project: "/repo/tsconfig.json", projectDisplay: "tsconfig.json", generated, json: false }, io)
 */
export async function runUnused(settings: UnusedSettings, io: CliIo): Promise<ExitCode> {
  const project = loadProject(settings);
  const generatedFiles = await generatedModulePaths(settings.generated.path);
  if (generatedFiles.length === 0) {
    io.stderr.write(`flagtype: no flagtype modules in ${settings.generated.display} (run "flagtype generate", or pass --generated)\n`);
    return EXIT_CODES.findings;
  }
  const { checker, modules, scanned } = programParts(project, generatedFiles);
  const display = (fileName: string): string => relative(io.cwd, fileName).split(sep).join("/");
  const report = buildUnusedReport(modules, scanReferences(checker, scanned, modules), display);
  io.stdout.write(settings.json ? unusedJson(report) : unusedText(report));
  const found = report.unusedFlags.length + report.unknownFlags.length;
  if (found === 0) {
    const flags = modules.reduce((sum, module) => sum + module.flags.size, 0);
    const summary = `${countOf(flags, "flag")} in ${countOf(modules.length, "module")}, ${countOf(scanned.length, "source file")} scanned`;
    if (!settings.json) io.stdout.write(`no unused flags and no unknown flag names (${summary})\n`);
    return EXIT_CODES.ok;
  }
  if (!settings.json) io.stderr.write(`flagtype: ${countOf(report.unusedFlags.length, "unused flag")}, ${countOf(report.unknownFlags.length, "unknown flag name")}\n`);
  return EXIT_CODES.findings;
}

/** The checker, the generated modules, and the project's own source files (not generated, not declarations). */
function programParts(project: Project, generatedFiles: readonly string[]) {
  const projectFiles = project.getSourceFiles().map((file) => file.getFilePath() as string);
  for (const path of generatedFiles) project.addSourceFileAtPath(path);
  const program = project.getProgram().compilerObject;
  const generated = new Set(generatedFiles.map(normalize));
  const sourceFiles = (paths: Iterable<string>): ts.SourceFile[] =>
    [...paths].flatMap((path) => {
      const sourceFile = program.getSourceFile(path);
      return sourceFile && !sourceFile.isDeclarationFile ? [sourceFile] : [];
    });
  const modules = sourceFiles(generated).map(readGeneratedModule);
  const scanned = sourceFiles(projectFiles.filter((path) => !generated.has(normalize(path)) && !path.includes("/node_modules/")));
  return { checker: program.getTypeChecker(), modules, scanned };
}

function loadProject(settings: UnusedSettings): Project {
  try {
    return new Project({ tsConfigFilePath: settings.project, skipFileDependencyResolution: true });
  } catch (error) {
    throw new UsageError(`cannot load --project ${settings.projectDisplay}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `*.ts` files directly in `directory` that carry flagtype's generated header. */
async function generatedModulePaths(directory: string): Promise<string[]> {
  const names = await readdir(directory).catch(() => [] as string[]);
  const paths: string[] = [];
  for (const name of names.filter((entry) => entry.endsWith(".ts") && !entry.endsWith(".d.ts")).sort()) {
    const path = join(directory, name);
    const text = await readFile(path, "utf8").catch(() => "");
    if (isGeneratedByFlagtype(text)) paths.push(path);
  }
  return paths;
}

function normalize(path: string): string {
  return ts.sys.useCaseSensitiveFileNames ? path.split(sep).join("/") : path.split(sep).join("/").toLowerCase();
}
