import { sortDiagnostics, type Diagnostic } from "../pipeline/diagnostics.js";
import type { GenerateOptions, GeneratedModule } from "../pipeline/generate-modules.js";
import type { FlagsSource } from "../pipeline/load/flags-source.js";
import { readFlagsFolder, type DiskLocation } from "../pipeline/load/read-flags-sources.js";
import type { AnyModuleModel } from "../pipeline/model/build-model.js";
import { modelFlagsSource, runPipeline } from "../pipeline/run-pipeline.js";

/** A flags folder read once and checked: every source, the model of each valid one, every finding. */
export interface CheckedFolder {
  /** Every flags file's profile, also of files that could not be read. */
  readonly profiles: readonly string[];
  /** The files that could be read. */
  readonly sources: readonly FlagsSource[];
  /** By profile, for the files without errors. */
  readonly models: ReadonlyMap<string, AnyModuleModel>;
  readonly diagnostics: Diagnostic[];
}

/**
 * What `validate`, `serve` and `diff` start from: the flags folder read by the one reader and each
 * file through the one check pipeline (parse, document checks, declared types, model). No emit.
 * @example const { models, diagnostics } = await checkFlagsFolder({ path: "/repo/flags", display: "flags" });
 */
export async function checkFlagsFolder(dir: DiskLocation): Promise<CheckedFolder> {
  const folder = await readFlagsFolder(dir);
  const sources = folder.sources ?? [];
  const results = await Promise.all(sources.map(async (source) => ({ source, ...(await modelFlagsSource(source)) })));
  const models = new Map(results.flatMap(({ source, model }) => (model ? [[source.profile, model] as const] : [])));
  return { profiles: folder.profiles ?? [], sources, models, diagnostics: sortDiagnostics([...folder.diagnostics, ...results.flatMap((result) => result.diagnostics)]) };
}

/** What `generate` writes from: the modules, every finding, and where each module comes from. */
export interface GeneratedFolder {
  readonly modules: GeneratedModule[];
  readonly diagnostics: Diagnostic[];
  /** The display path of the flags file a module (by file name) is generated from. */
  readonly sourceOf: (fileName: string) => string;
}

/**
 * What `generate` starts from: the flags folder through every stage, emit included.
 * @example const { modules, diagnostics } = await generateFlagsFolder(flags, { runtimeImport: "@flagtype/runtime" });
 */
export async function generateFlagsFolder(dir: DiskLocation, options: GenerateOptions): Promise<GeneratedFolder> {
  const folder = await readFlagsFolder(dir);
  // A module is named after its flags file's profile: features.json → features.ts.
  const sources = new Map((folder.sources ?? []).map((source) => [`${source.profile}.ts`, source.document.path]));
  const sourceOf = (fileName: string): string => sources.get(fileName) ?? dir.display;
  if (!folder.sources) return { modules: [], diagnostics: folder.diagnostics, sourceOf };
  const result = await runPipeline(folder.sources, options);
  return { modules: result.modules, diagnostics: sortDiagnostics([...folder.diagnostics, ...result.diagnostics]), sourceOf };
}
