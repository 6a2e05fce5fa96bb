import { contextArgument } from "../../model/context-argument.js";
import type { NativeModuleModel } from "../../model/native/native-model.js";
import { moduleTypeNames } from "../../model/naming.js";
import type { CodeWriter } from "../code-writer.js";
import { writeFunction, writeInterface, writeTypeAlias } from "../declarations.js";
import { withExample } from "../doc-comment.js";
import { stringLiteral, typePropertyName } from "../escape.js";
import { CUT_TYPE, reachesTypedDepth, writeJsonLiteral } from "../json-literal.js";
import type { SectionStatement } from "../section.js";
import { typeText } from "../type-text.js";
import { contextParameters } from "../sections/accessor-section.js";
import { configureFeatures } from "../sections/api-section.js";

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

/** `evaluate`, `getEnabledFeatures`, `configureFeatures` and `createTestFeatures`. */
export function nativeApiSection(model: NativeModuleModel): SectionStatement[] {
  return [(writer) => evaluate(writer, model), (writer) => getEnabledFeatures(writer, model), configureFeatures, (writer) => createTestFeatures(writer, model)];
}

function evaluate(writer: CodeWriter, model: NativeModuleModel): void {
  const names = moduleTypeNames(model.typePrefix);
  const [first] = model.flags;
  const description =
    "Any flag of this module by name, as its answer; the context argument follows the name. For a union\n" +
    "of names, the context must satisfy every flag the name may be.";
  writeFunction(writer, {
    docs: first ? withExample(description, `const answer = await evaluate(${stringLiteral(first.key)}${first.contextTypeName ? ", context" : ""});`) : description,
    name: "evaluate",
    typeParameter: "N extends string",
    parameters: [`name: [N] extends [${names.flagName}] ? N : ${names.flagName}`, `...context: ContextArgs<${names.contexts}[N & ${names.flagName}]>`],
    returnType: `Promise<${names.values}[N & ${names.flagName}]>`,
    body: ["return features.evaluate<N>(name, ...context);"],
  });
}

function getEnabledFeatures(writer: CodeWriter, model: NativeModuleModel): void {
  const reads = enabledContextFields(model).length > 0;
  writeFunction(writer, {
    docs: withExample("Names of the flags that are enabled, in the document's order.", `const enabled = await getEnabledFeatures(${reads ? "context" : ""});`),
    name: "getEnabledFeatures",
    parameters: contextParameters(reads ? moduleTypeNames(model.typePrefix).enabledContext : undefined, contextArgument(model.enabledContext)),
    returnType: `Promise<${moduleTypeNames(model.typePrefix).flagName}[]>`,
    body: [`return features.getEnabledFeatures(${reads ? "context" : ""});`],
  });
}

function createTestFeatures(writer: CodeWriter, model: NativeModuleModel): void {
  const names = moduleTypeNames(model.typePrefix);
  const sample = model.flags.find((flag) => flag.variantTypeName === undefined);
  const overrides = sample ? `{ ${typePropertyName(sample.key)}: { enabled: false } }` : "{}";
  writeFunction(writer, {
    docs: withExample(
      "Overrides flags in tests, without AWS: every accessor of this module returns the overridden answers;\n" +
        "other flags answer from the build-time document (multi-variant flags: their default variant). Call `restore()` when done.",
      `const flags = createTestFeatures(${overrides});\n// … exercise the handler …\nflags.restore();`,
    ),
    name: "createTestFeatures",
    // A Pick, as in Powertools modules (api-section.ts says why).
    ...(model.flags.length > 0 ? { typeParameter: `N extends ${names.flagName} = never` } : {}),
    parameters: [model.flags.length > 0 ? `overrides?: Pick<${names.values}, N>` : "overrides?: { readonly [flag: string]: never }"],
    returnType: `TestFeatures<${names.values}>`,
    body: ["return features.override(overrides ?? {});"],
  });
}

function enabledContextFields(model: NativeModuleModel) {
  return model.enabledContext.kind === "inferred" ? model.enabledContext.fields : [];
}
