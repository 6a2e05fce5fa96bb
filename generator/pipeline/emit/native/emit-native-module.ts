import type { NativeModuleModel } from "../../model/native/native-model.js";
import { moduleText } from "../module-text.js";
import type { SectionStatement } from "../section.js";
import { nativeAccessorSection } from "./native-accessor-section.js";
import { nativeApiSection, nativeDocumentSection, nativeImportsSection, nativeRegistrySection } from "./native-module-sections.js";
import { nativeTypesSection } from "./native-types-section.js";

/**
 * The module text for a native (`AWS.AppConfig.FeatureFlags`) flags file: the same header and
 * conventions as a Powertools module (`configureFeatures`, `createTestFeatures`, `evaluate`,
 * `<Prefix>FlagName`), with `is<Name>Enabled` and `get<Name>` per flag.
 * @example const text = emitNativeModule(model, { runtimeImport: "@flagtype/runtime" });
 */
export function emitNativeModule(model: NativeModuleModel, options: { readonly runtimeImport: string }): string {
  const statements: SectionStatement[] = [
    ...nativeImportsSection(model, options.runtimeImport),
    ...nativeTypesSection(model),
    ...nativeRegistrySection(model),
    ...nativeDocumentSection(model),
    ...nativeAccessorSection(model),
    ...nativeApiSection(model),
  ];
  return moduleText(model.sourceFile, statements);
}
