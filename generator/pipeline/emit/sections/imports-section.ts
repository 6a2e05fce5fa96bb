import type { ModuleModel } from "../../model/flags-model.js";
import { mentionsJsonValue } from "../type-text.js";
import { stringLiteral } from "../escape.js";
import { CUT_TYPE, reachesTypedDepth } from "../json-literal.js";
import type { SectionStatement } from "../section.js";

/** One import of the runtime: `defineFeatures` plus the types the module mentions. */
export function importsSection(model: ModuleModel, runtimeImport: string): SectionStatement[] {
  const types = ["BuildTimeDocument", "ConfigureOptions", "ContextArgs", "TestFeatures"];
  if (usesJsonValue(model)) types.push("JsonValue");
  if (reachesTypedDepth(model.document)) types.push(CUT_TYPE);
  const names = ["defineFeatures", ...types.sort().map((name) => `type ${name}`)].join(", ");
  // The module specifier is user input and goes through the escaping door.
  return [(writer) => writer.line(`import { ${names} } from ${stringLiteral(runtimeImport)};`)];
}

function usesJsonValue(model: ModuleModel): boolean {
  const contexts = [model.enabledContext, ...model.flags.map((flag) => flag.context)];
  return (
    model.flags.some((flag) => mentionsJsonValue(flag.valueType)) ||
    contexts.some((context) => context.kind === "inferred" && context.fields.some((field) => mentionsJsonValue(field.type)))
  );
}
