import type { JsonValue } from "@flagtype/runtime";
import { hasErrors, type Diagnostic } from "../diagnostics.js";
import type { LoadedFlagsFile } from "../load/loaded-file.js";
import { declaredStage } from "./declared/declared-stage.js";
import type { ContextModel, DeclaredTypesModel, FlagModel, ModuleModel } from "./flags-model.js";
import { inferContextFields, type ContextRead } from "./infer-context.js";
import { inferValueType } from "./infer-value.js";
import { errorAt, MODEL_CODES } from "./model-diagnostics.js";
import { checkModuleNames, flagNames, moduleTypePrefix } from "./module-names.js";
import { accessorName, contextTypeName, moduleTypeNames, toPascalCase, valueTypeName } from "./naming.js";
import { readFeatures, type FeatureEntry } from "./read-document.js";
import { BOOLEAN, compareText } from "./ts-type.js";

/**
 * The model of one flags file, or the diagnostics that prevent one. Input already passed the
 * runtime's `validateDocument`.
 * @example const { model, diagnostics } = await buildModuleModel(loadedFile);
 */
export async function buildModuleModel(file: LoadedFlagsFile): Promise<{ model?: ModuleModel; diagnostics: Diagnostic[] }> {
  const prefix = moduleTypePrefix(file);
  if ("diagnostic" in prefix) return { diagnostics: [prefix.diagnostic] };
  const { typePrefix } = prefix;
  const features = readFeatures(file.flags.value);
  const diagnostics = features.flatMap((feature) => namingProblem(file, feature));
  const pascalNames = new Map(features.flatMap((feature) => pascalEntry(feature.key)));
  const declared = await declaredStage(file, features, (keys) => ({
    prefix: typePrefix,
    context: moduleTypeNames(typePrefix).declaredContext,
    values: new Map(keys.flatMap((key) => pascalEntry(key).map(([, pascal]) => [key, valueTypeName(pascal)] as const))),
  }));
  diagnostics.push(...declared.diagnostics);
  const context = contextFor(declared.model);
  const flags = features
    .flatMap((feature) => {
      const pascalName = pascalNames.get(feature.key);
      return pascalName === undefined ? [] : [flagModel(file, feature, pascalName, context, declared.declaredValues)];
    })
    .sort((a, b) => compareText(a.key, b.key));
  diagnostics.push(...checkModuleNames(file, typePrefix, flags.map(flagNames), declared.model));
  if (hasErrors(diagnostics)) return { diagnostics };
  const model: ModuleModel = {
    format: "powertools",
    fileName: `${file.name}.ts`,
    sourceFile: file.flags.file,
    profile: file.name,
    typePrefix,
    flags,
    enabledContext: context(features.flatMap((feature) => readsOf(file, feature))),
    document: file.flags.value as JsonValue,
    ...(declared.model ? { declared: declared.model } : {}),
  };
  return { model, diagnostics };
}

function pascalEntry(key: string): [string, string][] {
  const pascal = toPascalCase(key);
  return pascal === undefined ? [] : [[key, pascal]];
}

function namingProblem(file: LoadedFlagsFile, feature: FeatureEntry): Diagnostic[] {
  if (toPascalCase(feature.key) !== undefined) return [];
  const message =
    `flag name ${JSON.stringify(feature.key)} has no TypeScript name: use ASCII letters and digits in words ` +
    "separated by single _ - or spaces, starting with a letter (e.g. premium_features)";
  return [errorAt(file.flags, feature.path, MODEL_CODES.flagNameNotConvertible, message, "key")];
}

type ContextFor = (reads: readonly ContextRead[]) => ContextModel;

/** Declared files pick keys from the declared context; otherwise fields are inferred. */
function contextFor(declared: DeclaredTypesModel | undefined): ContextFor {
  return (reads) => {
    const fields = inferContextFields(reads);
    if (fields.length === 0) return { kind: "none" };
    if (!declared) return { kind: "inferred", fields };
    const optional = new Set(declared.optionalContextKeys);
    const keys = fields.map((field) => field.key);
    return { kind: "declared", typeName: declared.contextTypeName, keys, allOptional: keys.every((key) => optional.has(key)) };
  };
}

function readsOf(file: LoadedFlagsFile, feature: FeatureEntry): ContextRead[] {
  return feature.rules.flatMap((rule) =>
    rule.conditions.map((condition) => ({ condition, position: file.flags.positionOf([...condition.path, "key"]) })),
  );
}

function flagModel(
  file: LoadedFlagsFile,
  feature: FeatureEntry,
  pascalName: string,
  context: ContextFor,
  declaredValues: ReadonlySet<string>,
): FlagModel {
  const kind = feature.isBoolean ? "boolean" : "value";
  const flagContext = context(readsOf(file, feature));
  const valueName = kind === "value" ? valueTypeName(pascalName) : undefined;
  const valueType =
    valueName === undefined ? BOOLEAN
    : declaredValues.has(feature.key) ? { kind: "reference" as const, name: valueName }
    : inferValueType([feature.defaultValue, ...feature.rules.map((rule) => rule.whenMatch)]);
  return {
    key: feature.key,
    pascalName,
    accessorName: accessorName(pascalName, kind),
    kind,
    ...(feature.description !== undefined ? { description: feature.description } : {}),
    ...(flagContext.kind === "none" ? {} : { contextTypeName: contextTypeName(pascalName) }),
    context: flagContext,
    ...(valueName !== undefined ? { valueTypeName: valueName } : {}),
    valueType,
    defaultValue: feature.defaultValue,
    position: file.flags.positionOf(feature.path, "key"),
  };
}
