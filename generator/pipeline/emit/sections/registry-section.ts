import { StructureKind } from "ts-morph";
import type { FlagModel, ModuleModel } from "../../model/flags-model.js";
import { moduleTypeNames } from "../../model/naming.js";
import { stringLiteral, typePropertyName } from "../escape.js";
import type { SectionStatement } from "../section.js";

/** The flag name union, its `FlagName` alias, and the maps flag → context type and flag → value type. */
export function registrySection(model: ModuleModel): SectionStatement[] {
  const names = moduleTypeNames(model.typePrefix);
  const union = model.flags.map((flag) => stringLiteral(flag.key)).join(" | ") || "never";
  return [
    { kind: StructureKind.TypeAlias, name: names.flagName, isExported: true, docs: ["Every flag of this module."], type: union },
    { kind: StructureKind.TypeAlias, name: "FlagName", isExported: true, docs: [`Alias of \`${names.flagName}\`.`], type: names.flagName },
    flagMap(names.contexts, "Flag → the context its accessor takes (`undefined`: none).", model.flags, contextOf),
    flagMap(names.values, "Flag → the type of its value.", model.flags, valueOf),
  ];
}

function flagMap(name: string, description: string, flags: readonly FlagModel[], typeOf: (flag: FlagModel) => string): SectionStatement {
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs: [description],
    properties: flags.map((flag) => ({ name: typePropertyName(flag.key), type: typeOf(flag), isReadonly: true })),
  };
}

function contextOf(flag: FlagModel): string {
  return flag.contextTypeName ?? "undefined";
}

function valueOf(flag: FlagModel): string {
  return flag.valueTypeName ?? "boolean";
}
