import type { NativeFlagModel, NativeModuleModel } from "../../model/native/native-model.js";
import { contextArgument } from "../../model/context-argument.js";
import { writeFunction } from "../declarations.js";
import { docCode, docText, stringLiteral } from "../escape.js";
import type { SectionStatement } from "../section.js";
import { contextParameters } from "../sections/accessor-section.js";

/** `is<Name>Enabled` and `get<Name>` for every flag, documented with its name, description and deprecation. */
export function nativeAccessorSection(model: NativeModuleModel): SectionStatement[] {
  return model.flags.flatMap((flag): SectionStatement[] => {
    const reads = flag.contextTypeName !== undefined;
    const parameters = contextParameters(flag.contextTypeName, contextArgument(flag.context));
    const call = (method: string) => `return features.${method}(${stringLiteral(flag.key)}${reads ? ", context" : ""});`;
    const forContext = reads ? " for `context` (the AppConfig agent evaluates its variants)" : "";
    return [
      (writer) =>
        writeFunction(writer, {
          docs: describe(flag, `Whether flag ${docCode(flag.key)} is enabled${forContext}.`),
          name: flag.enabledAccessorName,
          parameters,
          returnType: "Promise<boolean>",
          body: [call("isEnabled")],
        }),
      (writer) =>
        writeFunction(writer, {
          docs: describe(flag, `The answer of flag ${docCode(flag.key)}${forContext}: \`enabled\` and, when enabled, its attributes.`),
          name: flag.valueAccessorName,
          parameters,
          returnType: `Promise<${flag.valueTypeName}>`,
          body: [call("evaluate")],
        }),
    ];
  });
}

function describe(flag: NativeFlagModel, summary: string): string {
  const title = flag.displayName === undefined ? "" : docText(flag.displayName);
  const description = flag.description === undefined ? "" : docText(flag.description);
  const head = [title, description].filter((part) => part !== "").join(": ");
  const deprecated = flag.deprecation
    ? `\n@deprecated ${flag.deprecation.date ? `Planned for deprecation on ${docText(flag.deprecation.date)}` : "Marked for deprecation in AppConfig"}; AppConfig keeps serving it until it is removed.`
    : "";
  return `${head === "" ? summary : `${head}\n\n${summary}`}${deprecated}`;
}
