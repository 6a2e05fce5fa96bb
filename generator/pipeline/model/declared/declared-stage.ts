import type { Diagnostic } from "../../diagnostics.js";
import type { LoadedFlagsFile } from "../../load/loaded-file.js";
import type { DeclaredTypesModel } from "../flags-model.js";
import { errorAt, MODEL_CODES } from "../model-diagnostics.js";
import type { FeatureEntry } from "../read-document.js";
import { checkCondition } from "./check-conditions.js";
import { checkDeclaredValues } from "./check-values.js";
import type { DeclaredTypeNames } from "./convert-declared.js";
import { readDeclaredTypes, type DeclaredSchema } from "./declared-types-file.js";
import { DeclaredValidator } from "./declared-validator.js";
import { DeclaredSchemaError } from "./schema-problems.js";

export interface DeclaredOutcome {
  /** Flag keys whose value type is declared. */
  readonly declaredValues: ReadonlySet<string>;
  readonly model?: DeclaredTypesModel;
  readonly diagnostics: Diagnostic[];
}

/**
 * Everything about the optional declared types file: its shape, every condition and value
 * checked against it, then conversion to TypeScript (only when nothing failed).
 */
export async function declaredStage(
  file: LoadedFlagsFile,
  features: readonly FeatureEntry[],
  names: (flagKeys: readonly string[]) => DeclaredTypeNames,
): Promise<DeclaredOutcome> {
  if (!file.declaredTypes) return { declaredValues: new Set(), diagnostics: [] };
  const { schema, diagnostics } = readDeclaredTypes(file.declaredTypes);
  if (!schema) return { declaredValues: new Set(), diagnostics };
  const declaredValues = new Set(schema.values.keys());
  const validator = createValidator(schema);
  if (validator instanceof Error) return { declaredValues, diagnostics: invalidSchemaDiagnostics(schema, validator) };
  const problems = [
    ...features.flatMap((feature) => feature.rules.flatMap((rule) => rule.conditions))
      .flatMap((condition) => checkCondition({ flags: file.flags, schema, validator }, condition)),
    ...checkDeclaredValues(file.flags, schema, validator, features),
  ];
  if (problems.length > 0) return { declaredValues, diagnostics: problems };
  // Loaded on demand: json-schema-to-typescript and TypeScript take longer to load than most
  // flags files take to check, and only files with declared types need them.
  const { convertDeclaredTypes } = await import("./convert-declared.js");
  try {
    return { declaredValues, model: await convertDeclaredTypes(schema, names([...declaredValues])), diagnostics: [] };
  } catch (error) {
    const message = `json-schema-to-typescript could not convert the declared types: ${(error as Error).message}`;
    return { declaredValues, diagnostics: [errorAt(schema.json, [], MODEL_CODES.declaredTypesNotConvertible, message)] };
  }
}

function createValidator(schema: DeclaredSchema): DeclaredValidator | Error {
  try {
    return new DeclaredValidator(schema.root);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** One FT110 per problem at its position when the meta-schema located it; otherwise one at the file's start. */
function invalidSchemaDiagnostics(schema: DeclaredSchema, error: Error): Diagnostic[] {
  const problems = error instanceof DeclaredSchemaError && error.problems.length > 0 ? error.problems : [{ path: [], message: error.message }];
  return problems.map((problem) =>
    errorAt(schema.json, problem.path, MODEL_CODES.declaredTypesInvalid, `the declared types file holds an invalid JSON Schema: ${problem.message}`),
  );
}
