import { sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { generateModules, type GenerateOptions, type GeneratedModule } from "./generate-modules.js";
import type { FlagsSource } from "./load/flags-source.js";
import { loadFlagsSource } from "./load/load-flags-source.js";
import { buildModel, type AnyModuleModel } from "./model/build-model.js";

export interface PipelineResult {
  /** Modules for the files that loaded cleanly; write them only when `diagnostics` has no error. */
  readonly modules: GeneratedModule[];
  /** Every finding of every stage, sorted. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Flags files to generated modules: load (parse, schema, rules), then model and emit for the files
 * without errors, so that one run reports every finding. Pure: no disk, no `process`.
 * @example
 * const { modules, diagnostics } = await runPipeline(folder.sources, { runtimeImport: "@flagtype/runtime" });
 */
export async function runPipeline(sources: readonly FlagsSource[], options: GenerateOptions): Promise<PipelineResult> {
  const loaded = sources.map((source) => loadFlagsSource(source));
  const files = loaded.flatMap((result) => (result.file ? [result.file] : []));
  const generated = files.length > 0 ? await generateModules(files, options) : { modules: [], diagnostics: [] };
  return { modules: generated.modules, diagnostics: sortDiagnostics([...loaded.flatMap((result) => result.diagnostics), ...generated.diagnostics]) };
}

/**
 * Every check `flagtype validate` makes on one flags file (JSON, schema, the runtime's rules, names,
 * declared types) and its model when there is no error; nothing is emitted. Used for one file
 * (deploy, diff, serve) as `runPipeline` uses it for a folder. Pure: no disk, no network.
 * @example const { model, diagnostics } = await modelFlagsSource({ profile: "features", document: { path: "flags/features.json", text } });
 */
export async function modelFlagsSource(source: FlagsSource): Promise<{ model?: AnyModuleModel; diagnostics: Diagnostic[] }> {
  const loaded = loadFlagsSource(source);
  if (!loaded.file) return { diagnostics: sortDiagnostics(loaded.diagnostics) };
  const built = await buildModel(loaded.file);
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...built.diagnostics]);
  return built.model ? { model: built.model, diagnostics } : { diagnostics };
}
