import { sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { generateModules, type GenerateOptions, type GeneratedModule } from "./generate-modules.js";
import { loadFlagsSources, type SourceText } from "./load/load-flags-sources.js";

export interface PipelineResult {
  /** Modules for the files that loaded cleanly; write them only when `diagnostics` has no error. */
  readonly modules: GeneratedModule[];
  /** Every finding of every stage, sorted. */
  readonly diagnostics: Diagnostic[];
}

/**
 * Flags directory contents to generated modules: load (parse, schema, rules), then model and emit
 * for the files without errors, so that one run reports every finding. Pure: no disk, no `process`.
 * @example
 * const { modules, diagnostics } = await runPipeline("flags", sources, { runtimeImport: "@flagtype/runtime" });
 */
export async function runPipeline(
  flagsDir: string,
  sources: readonly SourceText[],
  options: GenerateOptions,
): Promise<PipelineResult> {
  const loaded = loadFlagsSources(flagsDir, sources);
  const generated = loaded.files.length > 0 ? await generateModules(loaded.files, options) : { modules: [], diagnostics: [] };
  return { modules: generated.modules, diagnostics: sortDiagnostics([...loaded.diagnostics, ...generated.diagnostics]) };
}
