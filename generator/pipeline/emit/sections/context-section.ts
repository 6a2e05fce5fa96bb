import type { ContextModel, ModuleModel } from "../../model/flags-model.js";
import { moduleTypeNames } from "../../model/naming.js";
import { writeInterface, writeTypeAlias } from "../declarations.js";
import { docCode, stringLiteral, typePropertyName } from "../escape.js";
import type { SectionStatement } from "../section.js";
import { typeText } from "../type-text.js";

/** One context type per flag that reads context, then the context of `getEnabledFeatures`. */
export function contextSection(model: ModuleModel): SectionStatement[] {
  const types = [
    ...model.flags.map((flag) =>
      flag.contextTypeName === undefined
        ? undefined
        : contextType(flag.contextTypeName, flag.context, `Context read by the rules of flag ${docCode(flag.key)}.`),
    ),
    contextType(moduleTypeNames(model.typePrefix).enabledContext, model.enabledContext, "Context of `getEnabledFeatures`: every key any flag of this module reads."),
  ];
  return types.filter((type) => type !== undefined);
}

function contextType(name: string, context: ContextModel, docs: string): SectionStatement | undefined {
  switch (context.kind) {
    case "none":
      return undefined;
    case "declared":
      return (writer) => writeTypeAlias(writer, { docs, name, type: `Pick<${context.typeName}, ${context.keys.map(stringLiteral).join(" | ")}>` });
    case "inferred":
      return (writer) =>
        writeInterface(writer, {
          docs,
          name,
          members: context.fields.map((field) => ({ name: typePropertyName(field.key), type: typeText(field.type), optional: !field.required })),
        });
  }
}
