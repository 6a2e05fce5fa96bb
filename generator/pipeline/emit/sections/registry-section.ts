import type { FlagModel, ModuleModel } from "../../model/flags-model.js";
import { moduleTypeNames } from "../../model/naming.js";
import { writeInterface, writeTypeAlias } from "../declarations.js";
import { stringLiteral, typePropertyName } from "../escape.js";
import type { SectionStatement } from "../section.js";

/** The flag name union and the maps flag → context type and flag → value type. */
export function registrySection(model: ModuleModel): SectionStatement[] {
  const names = moduleTypeNames(model.typePrefix);
  const union = model.flags.map((flag) => stringLiteral(flag.key)).join(" | ") || "never";
  return [
    (writer) => writeTypeAlias(writer, { docs: "Every flag of this module.", name: names.flagName, type: union }),
    flagMap(names.contexts, "Flag → the context its accessor takes (`undefined`: none).", model.flags, contextOf),
    flagMap(names.values, "Flag → the type of its value.", model.flags, valueOf),
  ];
}

function flagMap(name: string, docs: string, flags: readonly FlagModel[], typeOf: (flag: FlagModel) => string): SectionStatement {
  return (writer) => writeInterface(writer, { docs, name, members: flags.map((flag) => ({ name: typePropertyName(flag.key), type: typeOf(flag) })) });
}

function contextOf(flag: FlagModel): string {
  return flag.contextTypeName ?? "undefined";
}

function valueOf(flag: FlagModel): string {
  return flag.valueTypeName ?? "boolean";
}
