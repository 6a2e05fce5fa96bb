import type { NativeModuleModel } from "../../model/native/native-model.js";
import { moduleTypeNames } from "../../model/naming.js";
import { writeInterface, writeTypeAlias } from "../declarations.js";
import { withExample } from "../doc-comment.js";
import { stringLiteral, typePropertyName } from "../escape.js";
import { CUT_TYPE, reachesTypedDepth, writeJsonLiteral } from "../json-literal.js";
import type { SectionStatement } from "../section.js";
import { typeText } from "../type-text.js";
import { moduleApiSection } from "../sections/api-section.js";

/** One import of the runtime: `defineNativeFeatures` and the types the module mentions. */
export function nativeImportsSection(model: NativeModuleModel, runtimeImport: string): SectionStatement[] {
  const types = ["BuildTimeFlagsDocument", "ConfigureOptions", "ContextArgs", "TestFeatures"];
  if (reachesTypedDepth(model.document)) types.push(CUT_TYPE);
  const names = ["defineNativeFeatures", ...types.sort().map((name) => `type ${name}`)].join(", ");
  return [(writer) => writer.line(`import { ${names} } from ${stringLiteral(runtimeImport)};`)];
}

/** The flag name union, the maps flag → context and flag → answer, and the context of `getEnabledFeatures`. */
export function nativeRegistrySection(model: NativeModuleModel): SectionStatement[] {
  const names = moduleTypeNames(model.typePrefix);
  const union = model.flags.map((flag) => stringLiteral(flag.key)).join(" | ") || "never";
  const member = (type: (flag: NativeModuleModel["flags"][number]) => string) => model.flags.map((flag) => ({ name: typePropertyName(flag.key), type: type(flag) }));
  const statements: SectionStatement[] = [
    (writer) => writeTypeAlias(writer, { docs: "Every flag of this module.", name: names.flagName, type: union }),
    (writer) => writeInterface(writer, { docs: "Flag → the context its accessors take (`undefined`: none).", name: names.contexts, members: member((flag) => flag.contextTypeName ?? "undefined") }),
    (writer) => writeInterface(writer, { docs: "Flag → the type of its answer.", name: names.values, members: member((flag) => flag.valueTypeName) }),
  ];
  const fields = enabledContextFields(model);
  if (fields.length > 0) {
    statements.push((writer) =>
      writeInterface(writer, {
        docs: "Context of `getEnabledFeatures`: every key a variant rule of this module reads, each optional (a missing one picks the default variant).",
        name: moduleTypeNames(model.typePrefix).enabledContext,
        members: fields.map((field) => ({ name: typePropertyName(field.key), type: typeText(field.type), optional: true })),
      }),
    );
  }
  return statements;
}

/** The embedded stored document (the last fallback) and the module's runtime handle. */
export function nativeDocumentSection(model: NativeModuleModel): SectionStatement[] {
  const names = moduleTypeNames(model.typePrefix);
  return [
    (writer) => {
      writer.line("/** The validated stored document at build time: its answers stand in when the live profile cannot answer. */");
      writer.write("export const BUILD_TIME_DOCUMENT: BuildTimeFlagsDocument = ");
      writeJsonLiteral(writer, model.document);
      writer.line(";");
    },
    (writer) =>
      writer.line(`const features = defineNativeFeatures<${names.contexts}, ${names.values}, ${names.flagName}>({ profile: ${stringLiteral(model.profile)}, defaults: BUILD_TIME_DOCUMENT });`),
  ];
}

/** `evaluate`, `getEnabledFeatures`, `configureFeatures` and `createTestFeatures`, documented for answers. */
export function nativeApiSection(model: NativeModuleModel): SectionStatement[] {
  const [first] = model.flags;
  const evaluate =
    "Any flag of this module by name, as its answer; the context argument follows the name. For a union\n" +
    "of names, the context must satisfy every flag the name may be.";
  const sample = model.flags.find((flag) => flag.variantTypeName === undefined);
  return moduleApiSection({
    typePrefix: model.typePrefix,
    flagCount: model.flags.length,
    enabledContext: model.enabledContext,
    docs: {
      evaluate: first ? withExample(evaluate, `const answer = await evaluate(${stringLiteral(first.key)}${first.contextTypeName ? ", context" : ""});`) : evaluate,
      getEnabledFeatures: withExample(
        "Names of the flags that are enabled, in the document's order.",
        `const enabled = await getEnabledFeatures(${model.enabledContext.kind !== "none" ? "context" : ""});`,
      ),
      createTestFeatures: withExample(
        "Overrides flags in tests, without AWS: every accessor of this module returns the overridden answers;\n" +
          "other flags answer from the build-time document (multi-variant flags: their default variant). Call `restore()` when done.",
        `const flags = createTestFeatures(${sample ? `{ ${typePropertyName(sample.key)}: { enabled: false } }` : "{}"});\n// … exercise the handler …\nflags.restore();`,
      ),
    },
  });
}

function enabledContextFields(model: NativeModuleModel) {
  return model.enabledContext.kind === "inferred" ? model.enabledContext.fields : [];
}
