import { contextArgument, type ContextArgument } from "../../model/context-argument.js";
import type { FlagModel, ModuleModel } from "../../model/flags-model.js";
import { writeFunction } from "../declarations.js";
import { docCode, docText, stringLiteral } from "../escape.js";
import type { SectionStatement } from "../section.js";

/** `is<Name>Enabled` / `get<Name>` for every flag, documented with the flag's description. */
export function accessorSection(model: ModuleModel): SectionStatement[] {
  return model.flags.map((flag) => (writer) => {
    const reads = flag.contextTypeName !== undefined;
    writeFunction(writer, {
      docs: describe(flag),
      name: flag.accessorName,
      parameters: contextParameters(flag.contextTypeName, contextArgument(flag.context)),
      returnType: `Promise<${flag.valueTypeName ?? "boolean"}>`,
      body: [`return features.evaluate(${stringLiteral(flag.key)}${reads ? ", context" : ""});`],
    });
  });
}

/**
 * `context: T`, `context: T = {}` when no key is required (a default rather than `context?: T`, so
 * the body passes a `T` whatever `exactOptionalPropertyTypes` says), or nothing.
 */
export function contextParameters(typeName: string | undefined, argument: ContextArgument): string[] {
  if (typeName === undefined || argument === "none") return [];
  return [argument === "optional" ? `context: ${typeName} = {}` : `context: ${typeName}`];
}

function describe(flag: FlagModel): string {
  const summary =
    flag.kind === "boolean"
      ? `Whether flag ${docCode(flag.key)} is on${flag.contextTypeName ? " for `context`" : ""}.`
      : `The value of flag ${docCode(flag.key)}${flag.contextTypeName ? " for `context`" : ""}.`;
  const description = flag.description === undefined ? "" : docText(flag.description);
  return description === "" ? summary : `${description}\n\n${summary}`;
}
