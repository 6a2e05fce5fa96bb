import type { ModuleModel } from "../model/flags-model.js";
import { moduleText } from "./module-text.js";
import type { SectionStatement } from "./section.js";
import { accessorSection } from "./sections/accessor-section.js";
import { apiSection } from "./sections/api-section.js";
import { contextSection } from "./sections/context-section.js";
import { declaredSection } from "./sections/declared-section.js";
import { documentSection } from "./sections/document-section.js";
import { importsSection } from "./sections/imports-section.js";
import { registrySection } from "./sections/registry-section.js";
import { valueSection } from "./sections/value-section.js";

export interface EmitOptions {
  /** Module specifier of the runtime, e.g. `@flagtype/runtime`. */
  readonly runtimeImport: string;
}

/**
 * The module text for one model: the header, then every section's statements in order, one blank
 * line between statements, LF line endings, one final newline, no timestamps. Written straight to
 * text: nothing is parsed or printed by a TypeScript printer (but declared types, see their section).
 * @example const text = emitModule(model, { runtimeImport: "@flagtype/runtime" });
 */
export function emitModule(model: ModuleModel, options: EmitOptions): string {
  const statements: SectionStatement[] = [
    ...importsSection(model, options.runtimeImport),
    ...declaredSection(model),
    ...contextSection(model),
    ...valueSection(model),
    ...registrySection(model),
    ...documentSection(model),
    ...accessorSection(model),
    ...apiSection(model),
  ];
  return moduleText(model.sourceFile, statements);
}
