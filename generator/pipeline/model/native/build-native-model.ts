import type { JsonValue } from "@flagtype/runtime";
import { isJsonObject, memberOf } from "@flagtype/runtime/tooling";
import type { Diagnostic } from "../../diagnostics.js";
import { hasErrors } from "../../diagnostics.js";
import type { JsonPath, LoadedFlagsFile } from "../../load/loaded-file.js";
import { compileVariants } from "../../load/native/rules/compile-variants.js";
import type { AttributeConstraints, FlagDefinition } from "../../load/native/stored/stored-document.js";
import type { ContextField, ContextModel } from "../flags-model.js";
import { errorAt, MODEL_CODES } from "../model-diagnostics.js";
import { checkModuleNames, moduleTypePrefix } from "../module-names.js";
import { contextTypeName, toPascalCase, valueTypeName } from "../naming.js";
import { BOOLEAN, compareText, NUMBER, STRING, unionOf, type TsType } from "../ts-type.js";
import { attributeType } from "./attribute-types.js";
import { inferContext, type ContextValueType } from "./context-infer.js";
import type { AttributeModel, NativeFlagModel, NativeModuleModel } from "./native-model.js";

/**
 * The model of one native flags file, or the diagnostics that prevent one. Input already passed
 * the native document checks (schema, save-time checks, rules).
 * @example const { model, diagnostics } = buildNativeModel(loadedFile);
 */
export function buildNativeModel(file: LoadedFlagsFile): { model?: NativeModuleModel; diagnostics: Diagnostic[] } {
  const prefix = moduleTypePrefix(file);
  if ("diagnostic" in prefix) return { diagnostics: [prefix.diagnostic] };
  const { typePrefix } = prefix;
  const document = file.flags.value;
  const definitions = objectAt(document, "flags");
  const values = objectAt(document, "values");
  const diagnostics: Diagnostic[] = [];
  const flags: NativeFlagModel[] = [];
  for (const key of Object.keys(definitions)) {
    const pascalName = toPascalCase(key);
    if (pascalName === undefined) {
      const message = `flag key ${JSON.stringify(key)} has no TypeScript name: use ASCII letters and digits in words separated by single _ or -, starting with a letter (e.g. checkout_v2)`;
      diagnostics.push(errorAt(file.flags, ["flags", key], MODEL_CODES.flagNameNotConvertible, message, "key"));
      continue;
    }
    const definition = (definitions[key] ?? {}) as FlagDefinition;
    const built = flagModel(file, key, pascalName, definition, memberOf(values, key));
    diagnostics.push(...built.diagnostics);
    flags.push(built.flag);
  }
  flags.sort((a, b) => compareText(a.key, b.key));
  diagnostics.push(...checkModuleNames(file, typePrefix, flags.map((flag) => ({ key: flag.key, position: flag.position, names: namesOf(flag) })), undefined));
  if (hasErrors(diagnostics)) return { diagnostics };
  const model: NativeModuleModel = {
    format: "native",
    fileName: `${file.name}.ts`,
    sourceFile: file.flags.file,
    profile: file.name,
    typePrefix,
    flags,
    enabledContext: enabledContext(flags),
    document: document as JsonValue,
  };
  return { model, diagnostics };
}

function flagModel(
  file: LoadedFlagsFile,
  key: string,
  pascalName: string,
  definition: FlagDefinition,
  value: unknown,
): { flag: NativeFlagModel; diagnostics: Diagnostic[] } {
  const variants = variantsOf(value);
  const context = variants ? variantContext(file, key, variants) : { model: { kind: "none" } as const, diagnostics: [] };
  const { name, description, _deprecation: deprecation } = definition;
  const flag: NativeFlagModel = {
    key,
    pascalName,
    enabledAccessorName: `is${pascalName}Enabled`,
    valueAccessorName: `get${pascalName}`,
    ...(typeof name === "string" && name !== key ? { displayName: name } : {}),
    ...(typeof description === "string" && description !== "" ? { description } : {}),
    ...(isJsonObject(deprecation) ? { deprecation: typeof deprecation.date === "string" ? { date: deprecation.date } : {} } : {}),
    attributes: attributesOf(definition),
    ...(variants ? { variants: variants.map((variant) => variant.name), variantTypeName: `${pascalName}Variant` } : {}),
    ...(context.model.kind === "none" ? {} : { contextTypeName: contextTypeName(pascalName) }),
    context: context.model,
    valueTypeName: valueTypeName(pascalName),
    position: file.flags.positionOf(["flags", key], "key"),
  };
  return { flag, diagnostics: context.diagnostics };
}

function namesOf(flag: NativeFlagModel): string[] {
  return [flag.enabledAccessorName, flag.valueAccessorName, flag.valueTypeName, flag.variantTypeName, flag.contextTypeName].filter(
    (name): name is string => name !== undefined,
  );
}

function attributesOf(definition: FlagDefinition): AttributeModel[] {
  const attributes = isJsonObject(definition.attributes) ? definition.attributes : {};
  return Object.keys(attributes)
    .sort(compareText)
    .map((key) => {
      const attribute = attributes[key] ?? {};
      const constraints = attribute.constraints as AttributeConstraints | undefined;
      return {
        key,
        type: attributeType(constraints),
        required: constraints?.required === true,
        ...(typeof attribute.description === "string" && attribute.description !== "" ? { description: attribute.description } : {}),
      };
    });
}

interface VariantEntry {
  readonly name: string;
  readonly rule?: string;
}

function variantsOf(value: unknown): VariantEntry[] | undefined {
  const variants = isJsonObject(value) ? memberOf(value, "_variants") : undefined;
  if (!Array.isArray(variants)) return undefined;
  return variants.map((variant: unknown) => {
    const rule = isJsonObject(variant) ? memberOf(variant, "rule") : undefined;
    const name = String(isJsonObject(variant) ? memberOf(variant, "name") : "");
    return typeof rule === "string" ? { name, rule } : { name };
  });
}

const TS_TYPES: Readonly<Record<ContextValueType, TsType>> = { string: STRING, number: NUMBER, boolean: BOOLEAN };

/** One context field per key the variants' rules read: required, except keys only tested with `exists`. */
function variantContext(file: LoadedFlagsFile, key: string, variants: readonly VariantEntry[]): { model: ContextModel; diagnostics: Diagnostic[] } {
  const compiled = compileVariants(variants);
  const rules = compiled.ok ? compiled.compiled.rules : [];
  const inferred = inferContext(rules);
  const rulePath = (rule: number): JsonPath => ["values", key, "_variants", rule, "rule"];
  const fields: ContextField[] = inferred.keys.map((entry) => {
    const first = entry.uses[0];
    const position = first ? file.flags.positionInString(rulePath(first.rule), first.offset) : file.flags.positionOf(["values", key]);
    return { key: entry.name, type: unionOf(entry.types.map((type) => TS_TYPES[type])), required: !entry.optional, position };
  });
  const diagnostics = inferred.conflicts.map((conflict): Diagnostic => {
    const [where] = conflict.locations;
    const { line, column } = where ? file.flags.positionInString(rulePath(where.rule), where.offset) : file.flags.positionOf(["values", key]);
    const message = `${conflict.message}: no single value satisfies every rule that reads it, so the context type is their union`;
    return { file: file.flags.file, line, column, severity: "warning", code: MODEL_CODES.contextTypeConflict, message };
  });
  return { model: fields.length === 0 ? { kind: "none" } : { kind: "inferred", fields }, diagnostics };
}

/** Every key any flag's variant rules read, once, sorted, optional, typed as the union of its uses. */
function enabledContext(flags: readonly NativeFlagModel[]): ContextModel {
  const byKey = new Map<string, ContextField[]>();
  for (const flag of flags) {
    for (const field of flag.context.kind === "inferred" ? flag.context.fields : []) byKey.set(field.key, [...(byKey.get(field.key) ?? []), field]);
  }
  const fields = [...byKey.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, uses]): ContextField => ({ key, type: unionOf(uses.map((use) => use.type)), required: false, position: (uses[0] as ContextField).position }));
  return fields.length === 0 ? { kind: "none" } : { kind: "inferred", fields };
}

function objectAt(document: unknown, key: string): Readonly<Record<string, unknown>> {
  const member = isJsonObject(document) ? memberOf(document, key) : undefined;
  return isJsonObject(member) ? member : {};
}

