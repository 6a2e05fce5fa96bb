import type { ModuleModel } from "../../model/flags-model.js";
import { writeTypeAlias } from "../declarations.js";
import { docCode } from "../escape.js";
import type { SectionStatement } from "../section.js";
import { typeText } from "../type-text.js";

/** The inferred value type of each value flag (declared value types come from the declared section). */
export function valueSection(model: ModuleModel): SectionStatement[] {
  return model.flags.flatMap((flag) => {
    const name = flag.valueTypeName;
    if (name === undefined || flag.valueType.kind === "reference") return [];
    const docs = `Value of flag ${docCode(flag.key)}, inferred from its default and every \`when_match\`.`;
    return [(writer) => writeTypeAlias(writer, { docs, name, type: typeText(flag.valueType) })];
  });
}
