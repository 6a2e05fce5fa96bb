import { StructureKind } from "ts-morph";
import type { ModuleModel } from "../../model/flags-model.js";
import { docCode } from "../escape.js";
import type { SectionStatement } from "../section.js";
import { typeText } from "../type-text.js";

/** The inferred value type of each value flag (declared value types come from the declared section). */
export function valueSection(model: ModuleModel): SectionStatement[] {
  return model.flags.flatMap((flag) =>
    flag.valueTypeName === undefined || flag.valueType.kind === "reference"
      ? []
      : [
          {
            kind: StructureKind.TypeAlias,
            name: flag.valueTypeName,
            isExported: true,
            docs: [`Value of flag ${docCode(flag.key)}, inferred from its default and every \`when_match\`.`],
            type: typeText(flag.valueType),
          },
        ],
  );
}
