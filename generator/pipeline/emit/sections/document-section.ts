import type { ModuleModel } from "../../model/flags-model.js";
import { moduleTypeNames } from "../../model/naming.js";
import { stringLiteral } from "../escape.js";
import { writeJsonLiteral } from "../json-literal.js";
import type { SectionStatement } from "../section.js";

/** The embedded document (the last fallback) and the module's runtime handle. */
export function documentSection(model: ModuleModel): SectionStatement[] {
  const names = moduleTypeNames(model.typePrefix);
  return [
    (writer) => {
      writer.line("/** The validated flags document at build time: used when no live document was ever loaded. */");
      writer.write("export const BUILD_TIME_DOCUMENT: BuildTimeDocument = ");
      writeJsonLiteral(writer, model.document);
      writer.line(";");
    },
    (writer) =>
      writer.line(`const features = defineFeatures<${names.contexts}, ${names.values}, ${names.flagName}>({ profile: ${stringLiteral(model.profile)}, defaults: BUILD_TIME_DOCUMENT });`),
  ];
}
