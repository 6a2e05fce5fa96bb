import { sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { emitModule } from "./emit/emit-module.js";
import type { LoadedFlagsFile } from "./load/loaded-file.js";
import { buildModuleModel } from "./model/build-module-model.js";

/** One emitted TypeScript module, named after its flags file. */
export interface GeneratedModule {
  /** File name inside the output directory, e.g. `features.ts`. */
  readonly fileName: string;
  /** Complete module text: LF line endings, byte-stable for the same input. */
  readonly text: string;
}

export interface GenerateOptions {
  /** Module specifier the generated code imports the runtime from. Default in the CLI: `"@flagtype/runtime"`. */
  readonly runtimeImport: string;
}

export interface GenerateResult {
  readonly modules: GeneratedModule[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Turns loaded flags files into one TypeScript module each. Pure: no disk, no `process`.
 * Asynchronous because declared types are converted with json-schema-to-typescript, whose `compile` is async.
 * Modules come only from files without errors; callers write nothing when `diagnostics` holds an error.
 * @example
 * const { modules, diagnostics } = await generateModules(files, { runtimeImport: "@flagtype/runtime" });
 */
export async function generateModules(
  files: readonly LoadedFlagsFile[],
  options: GenerateOptions,
): Promise<GenerateResult> {
  const modules: GeneratedModule[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    if (file.format === "native") {
      diagnostics.push({ file: file.flags.file, line: 1, column: 1, severity: "error", code: "FT199", message: "generating modules for native AppConfig feature flags is not implemented yet" });
      continue;
    }
    const result = await buildModuleModel(file);
    diagnostics.push(...result.diagnostics);
    if (result.model) modules.push({ fileName: result.model.fileName, text: emitModule(result.model, options) });
  }
  modules.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  return { modules, diagnostics: sortDiagnostics(diagnostics) };
}
