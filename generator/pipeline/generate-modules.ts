import { sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { emitModule } from "./emit/emit-module.js";
import type { LoadedFlagsFile } from "./load/loaded-file.js";
import { buildModel } from "./model/build-model.js";
import { emitNativeModule } from "./emit/native/emit-native-module.js";

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
    const result = await buildModel(file);
    diagnostics.push(...result.diagnostics);
    const { model } = result;
    if (model) modules.push({ fileName: model.fileName, text: model.format === "native" ? emitNativeModule(model, options) : emitModule(model, options) });
  }
  modules.sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  return { modules, diagnostics: sortDiagnostics(diagnostics) };
}
