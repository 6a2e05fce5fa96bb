import { contextArgument } from "../../model/context-argument.js";
import type { ModuleModel } from "../../model/flags-model.js";
import { moduleTypeNames } from "../../model/naming.js";
import type { CodeWriter } from "../code-writer.js";
import { writeFunction } from "../declarations.js";
import { withExample } from "../doc-comment.js";
import { stringLiteral, typePropertyName } from "../escape.js";
import type { SectionStatement } from "../section.js";
import { contextParameters } from "./accessor-section.js";

/** `evaluate`, `getEnabledFeatures`, `configureFeatures` and `createTestFeatures`. */
export function apiSection(model: ModuleModel): SectionStatement[] {
  const names = moduleTypeNames(model.typePrefix);
  return [
    (writer) => evaluate(writer, model, names),
    (writer) => getEnabledFeatures(writer, model, names),
    configureFeatures,
    (writer) => createTestFeatures(writer, model, names),
  ];
}

type Names = ReturnType<typeof moduleTypeNames>;

function evaluate(writer: CodeWriter, model: ModuleModel, names: Names): void {
  const [first] = model.flags;
  const description =
    "Any flag of this module by name; the context argument follows the name. For a union of names,\n" +
    "the context must satisfy every flag the name may be.";
  writeFunction(writer, {
    docs: first ? withExample(description, `const value = await evaluate(${stringLiteral(first.key)}${first.contextTypeName ? ", context" : ""});`) : description,
    name: "evaluate",
    typeParameter: "N extends string",
    parameters: [`name: [N] extends [${names.flagName}] ? N : ${names.flagName}`, `...context: ContextArgs<${names.contexts}[N & ${names.flagName}]>`],
    returnType: `Promise<${names.values}[N & ${names.flagName}]>`,
    body: ["return features.evaluate<N>(name, ...context);"],
  });
}

function getEnabledFeatures(writer: CodeWriter, model: ModuleModel, names: Names): void {
  const reads = model.enabledContext.kind !== "none";
  writeFunction(writer, {
    docs: withExample(
      "Names of the flags that are on, in document order (value flags by Python truthiness).",
      `const enabled = await getEnabledFeatures(${reads ? "context" : ""});`,
    ),
    name: "getEnabledFeatures",
    parameters: contextParameters(names.enabledContext, contextArgument(model.enabledContext)),
    returnType: `Promise<${names.flagName}[]>`,
    body: [`return features.getEnabledFeatures(${reads ? "context" : ""});`],
  });
}

/** `configureFeatures`, the same in every generated module. */
export function configureFeatures(writer: CodeWriter): void {
  writeFunction(writer, {
    docs: withExample(
      "Chooses where flags come from; call once at cold start. Without it, the `FLAGTYPE_STORE` and\n" +
        "`FLAGTYPE_APPCONFIG_*` environment variables are read on first use, else the build-time document is served.",
      'configureFeatures({ application: "shop", environment: "prod" });',
    ),
    name: "configureFeatures",
    parameters: ["options: ConfigureOptions = {}"],
    returnType: "void",
    body: ["features.configure(options);"],
  });
}

function createTestFeatures(writer: CodeWriter, model: ModuleModel, names: Names): void {
  const sample = model.flags.find((flag) => flag.kind === "boolean");
  const overrides = sample ? `{ ${typePropertyName(sample.key)}: true }` : "{}";
  writeFunction(writer, {
    docs: withExample(
      "Overrides flags in tests, without AWS: every accessor of this module returns the overrides;\n" +
        "other flags are evaluated against the build-time document. Call `restore()` when done.",
      `const flags = createTestFeatures(${overrides});\n// … exercise the handler …\nflags.restore();`,
    ),
    name: "createTestFeatures",
    // A Pick of the given flags, not a Partial: every given flag has a value of its type, so
    // `{ flag: undefined }` fails whether or not exactOptionalPropertyTypes is on. Without flags the
    // Pick is `{}`, which TypeScript lets take any member: there, no member is allowed.
    ...(model.flags.length > 0 ? { typeParameter: `N extends ${names.flagName} = never` } : {}),
    parameters: [model.flags.length > 0 ? `overrides?: Pick<${names.values}, N>` : "overrides?: { readonly [flag: string]: never }"],
    returnType: `TestFeatures<${names.values}>`,
    body: ["return features.override(overrides ?? {});"],
  });
}
