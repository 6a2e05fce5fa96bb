import { StructureKind, type FunctionDeclarationStructure } from "ts-morph";
import type { ModuleModel } from "../../model/flags-model.js";
import { moduleTypeNames } from "../../model/naming.js";
import { docText, stringLiteral, typePropertyName } from "../escape.js";
import type { SectionStatement } from "../section.js";
import { ENABLED_CONTEXT_NAME } from "./context-section.js";

/** `evaluate`, `getEnabledFeatures`, `configureFeatures` and `createTestFeatures`. */
export function apiSection(model: ModuleModel): SectionStatement[] {
  const names = moduleTypeNames(model.typePrefix);
  return [evaluate(model, names), getEnabledFeatures(model, names), configureFeatures(), createTestFeatures(model, names)];
}

type Names = ReturnType<typeof moduleTypeNames>;

function evaluate(model: ModuleModel, names: Names): FunctionDeclarationStructure {
  const [first] = model.flags;
  const example = first ? `const value = await evaluate(${stringLiteral(first.key)}${first.contextTypeName ? ", context" : ""});` : "";
  return {
    kind: StructureKind.Function,
    name: "evaluate",
    isExported: true,
    docs: [{ description: "Any flag of this module by name; the context argument follows the name.", tags: exampleTag(example) }],
    typeParameters: [{ name: "N", constraint: names.flagName }],
    parameters: [{ name: "name", type: "N" }, { name: "context", isRestParameter: true, type: `ContextArgs<${names.contexts}[N]>` }],
    returnType: `Promise<${names.values}[N]>`,
    statements: ["return features.evaluate(name, ...context);"],
  };
}

function getEnabledFeatures(model: ModuleModel, names: Names): FunctionDeclarationStructure {
  const reads = model.enabledContext.kind !== "none";
  return {
    kind: StructureKind.Function,
    name: "getEnabledFeatures",
    isExported: true,
    docs: [{
      description: "Names of the flags that are on, in document order (value flags by Python truthiness).",
      tags: exampleTag(`const enabled = await getEnabledFeatures(${reads ? "context" : ""});`),
    }],
    parameters: reads ? [{ name: "context", type: ENABLED_CONTEXT_NAME }] : [],
    returnType: `Promise<${names.flagName}[]>`,
    statements: [`return features.getEnabledFeatures(${reads ? "context" : ""});`],
  };
}

function configureFeatures(): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: "configureFeatures",
    isExported: true,
    docs: [{
      description:
        "Chooses where flags come from; call once at cold start. Without it, the `FLAGTYPE_STORE` and\n" +
        "`FLAGTYPE_APPCONFIG_*` environment variables are read on first use, else the build-time document is served.",
      tags: exampleTag('configureFeatures({ application: "shop", environment: "prod" });'),
    }],
    parameters: [{ name: "options", type: "ConfigureOptions", initializer: "{}" }],
    returnType: "void",
    statements: ["features.configure(options);"],
  };
}

function createTestFeatures(model: ModuleModel, names: Names): FunctionDeclarationStructure {
  const sample = model.flags.find((flag) => flag.kind === "boolean");
  const overrides = sample ? `{ ${typePropertyName(sample.key)}: true }` : "{}";
  return {
    kind: StructureKind.Function,
    name: "createTestFeatures",
    isExported: true,
    docs: [{
      description:
        "Overrides flags in tests, without AWS: every accessor of this module returns the overrides;\n" +
        "other flags are evaluated against the build-time document. Call `restore()` when done.",
      tags: exampleTag(`const flags = createTestFeatures(${overrides});\n// … exercise the handler …\nflags.restore();`),
    }],
    parameters: [{ name: "overrides", type: `Partial<${names.values}>`, initializer: "{}" }],
    returnType: `TestFeatures<${names.values}>`,
    statements: ["return features.override(overrides);"],
  };
}

function exampleTag(code: string) {
  return code === "" ? [] : [{ tagName: "example", text: `\n${docText(code)}` }];
}
