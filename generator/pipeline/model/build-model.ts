import type { Diagnostic } from "../diagnostics.js";
import type { LoadedFlagsFile } from "../load/loaded-file.js";
import { buildModuleModel } from "./build-module-model.js";
import type { ModuleModel } from "./flags-model.js";
import { buildNativeModel } from "./native/build-native-model.js";
import type { NativeModuleModel } from "./native/native-model.js";

/** The model of a flags file in either format. */
export type AnyModuleModel = ModuleModel | NativeModuleModel;

/**
 * The model stage for one loaded file, by its format: a Powertools document or AppConfig's
 * native one.
 * @example const { model, diagnostics } = await buildModel(loadedFile);
 */
export async function buildModel(file: LoadedFlagsFile): Promise<{ model?: AnyModuleModel; diagnostics: Diagnostic[] }> {
  return file.format === "native" ? buildNativeModel(file) : buildModuleModel(file);
}
