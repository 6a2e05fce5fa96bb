import { contextArgument } from "../../model/context-argument.js";
import type { ContextModel, ModuleModel } from "../../model/flags-model.js";
import { moduleTypeNames } from "../../model/naming.js";
import type { CodeWriter } from "../code-writer.js";
import { writeFunction } from "../declarations.js";
import { withExample } from "../doc-comment.js";
import { stringLiteral, typePropertyName } from "../escape.js";
import type { SectionStatement } from "../section.js";
import { contextParameters } from "./accessor-section.js";

/** What the module API of either format is written from: the signatures are the same, the docs differ. */
export interface ModuleApi {
  readonly typePrefix: string;
  readonly flagCount: number;
  readonly enabledContext: ContextModel;
  readonly docs: {
    readonly evaluate: string;
    readonly getEnabledFeatures: string;
    readonly createTestFeatures: string;
  };
}

/** `evaluate`, `getEnabledFeatures`, `configureFeatures` and `createTestFeatures` of a Powertools module. */
export function apiSection(model: ModuleModel): SectionStatement[] {
  const [first] = model.flags;
  const evaluate =
    "Any flag of this module by name; the context argument follows the name. For a union of names,\n" +
    "the context must satisfy every flag the name may be.";
  const sample = model.flags.find((flag) => flag.kind === "boolean");
  return moduleApiSection({
    typePrefix: model.typePrefix,
    flagCount: model.flags.length,
    enabledContext: model.enabledContext,
    docs: {
      evaluate: first ? withExample(evaluate, `const value = await evaluate(${stringLiteral(first.key)}${first.contextTypeName ? ", context" : ""});`) : evaluate,
      getEnabledFeatures: withExample(
        "Names of the flags that are on, in document order (value flags by Python truthiness).",
        `const enabled = await getEnabledFeatures(${model.enabledContext.kind !== "none" ? "context" : ""});`,
      ),
      createTestFeatures: withExample(
        "Overrides flags in tests, without AWS: every accessor of this module returns the overrides;\n" +
          "other flags are evaluated against the build-time document. Call `restore()` when done.",
        `const flags = createTestFeatures(${sample ? `{ ${typePropertyName(sample.key)}: true }` : "{}"});\n// … exercise the handler …\nflags.restore();`,
      ),
    },
  });
}

/** The module API as both formats write it. */
export function moduleApiSection(api: ModuleApi): SectionStatement[] {
  const names = moduleTypeNames(api.typePrefix);
  const reads = api.enabledContext.kind !== "none";
  return [
    (writer) =>
      writeFunction(writer, {
        docs: api.docs.evaluate,
        name: "evaluate",
        // `N` stays a plain string until it is known to name flags, so an unknown name fails at the
        // name (TS2345) instead of as a wrong number of arguments.
        typeParameter: "N extends string",
        parameters: [`name: [N] extends [${names.flagName}] ? N : ${names.flagName}`, `...context: ContextArgs<${names.contexts}[N & ${names.flagName}]>`],
        returnType: `Promise<${names.values}[N & ${names.flagName}]>`,
        body: ["return features.evaluate<N>(name, ...context);"],
      }),
    (writer) =>
      writeFunction(writer, {
        docs: api.docs.getEnabledFeatures,
        name: "getEnabledFeatures",
        parameters: contextParameters(names.enabledContext, contextArgument(api.enabledContext)),
        returnType: `Promise<${names.flagName}[]>`,
        body: [`return features.getEnabledFeatures(${reads ? "context" : ""});`],
      }),
    configureFeatures,
    (writer) =>
      writeFunction(writer, {
        docs: api.docs.createTestFeatures,
        name: "createTestFeatures",
        // A Pick of the given flags, not a Partial: every given flag has a value of its type, so
        // `{ flag: undefined }` fails whether or not exactOptionalPropertyTypes is on. Without flags the
        // Pick is `{}`, which TypeScript lets take any member: there, no member is allowed.
        ...(api.flagCount > 0 ? { typeParameter: `N extends ${names.flagName} = never` } : {}),
        parameters: [api.flagCount > 0 ? `overrides?: Pick<${names.values}, N>` : "overrides?: { readonly [flag: string]: never }"],
        returnType: `TestFeatures<${names.values}>`,
        body: ["return features.override(overrides ?? {});"],
      }),
  ];
}

/** `configureFeatures`, the same in every generated module. */
function configureFeatures(writer: CodeWriter): void {
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
