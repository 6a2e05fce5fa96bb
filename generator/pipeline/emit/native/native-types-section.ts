import type { AttributeModel, NativeFlagModel, NativeModuleModel } from "../../model/native/native-model.js";
import { writeInterface, writeTypeAlias } from "../declarations.js";
import { docCode, stringLiteral, typePropertyName } from "../escape.js";
import type { SectionStatement } from "../section.js";
import { typeText } from "../type-text.js";

/**
 * Per flag: its context (multi-variant flags), its variant names and its answer type, a union
 * discriminated by `enabled` because AppConfig sends attributes only for enabled flags.
 */
export function nativeTypesSection(model: NativeModuleModel): SectionStatement[] {
  return model.flags.flatMap((flag) => [...contextType(flag), ...variantType(flag), valueType(flag)]);
}

function contextType(flag: NativeFlagModel): SectionStatement[] {
  if (flag.contextTypeName === undefined || flag.context.kind !== "inferred") return [];
  const { contextTypeName, context } = flag;
  return [
    (writer) =>
      writeInterface(writer, {
        docs: `Context the variant rules of flag ${docCode(flag.key)} read (sent to the AppConfig agent as \`Context\` headers).`,
        name: contextTypeName,
        members: context.fields.map((field) => ({ name: typePropertyName(field.key), type: typeText(field.type), optional: !field.required })),
      }),
  ];
}

function variantType(flag: NativeFlagModel): SectionStatement[] {
  const { variantTypeName, variants } = flag;
  if (variantTypeName === undefined || variants === undefined) return [];
  const union = [...new Set(variants)].map(stringLiteral).join(" | ") || "never";
  return [(writer) => writeTypeAlias(writer, { docs: `Variants of flag ${docCode(flag.key)}, in evaluation order (the default last).`, name: variantTypeName, type: union })];
}

function valueType(flag: NativeFlagModel): SectionStatement {
  const variant = flag.variantTypeName === undefined ? "" : `readonly _variant: ${flag.variantTypeName}; `;
  const attributes = flag.attributes.map(attributeMember).join("; ");
  const type =
    flag.attributes.length === 0
      ? `{ ${variant}readonly enabled: boolean }`
      : `{ ${variant}readonly enabled: false } | { ${variant}readonly enabled: true; ${attributes} }`;
  const docs = `Answer of flag ${docCode(flag.key)}: \`enabled\` and, only when it is enabled, its attributes${flag.variantTypeName ? "; `_variant` names the variant the agent chose" : ""}.`;
  return (writer) => writeTypeAlias(writer, { docs, name: flag.valueTypeName, type });
}

function attributeMember(attribute: AttributeModel): string {
  return `readonly ${typePropertyName(attribute.key)}${attribute.required ? "" : "?"}: ${typeText(attribute.type)}`;
}
