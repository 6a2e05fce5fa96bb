import type { Diagnostic } from "../diagnostics.js";
import type { JsonPath, PositionedJson } from "../load/loaded-file.js";

/**
 * Diagnostic codes of the model stage (FT1xx). Each code's name is its message's gist.
 * Documented in docs/cli.md (Diagnostics).
 */
export const MODEL_CODES = {
  /** A flag key does not follow the naming rule, so it has no TypeScript name. */
  flagNameNotConvertible: "FT101",
  /** Two flags map to the same generated name (reported at both flags). */
  generatedNameCollision: "FT102",
  /** A flag maps to a name every generated module already exports. */
  reservedGeneratedName: "FT103",
  /** The flags file's base name does not follow the naming rule. */
  moduleNameNotConvertible: "FT104",
  /** The declared types file is not `{ context, values? }` with valid JSON Schemas. */
  declaredTypesInvalid: "FT110",
  /** A condition reads a context key the declared context does not have. */
  unknownContextKey: "FT111",
  /** A condition's value can never be held by the declared type of its key. */
  impossibleConditionValue: "FT112",
  /** The action needs a type (string, number, array) the declared key cannot have. */
  contextTypeMismatch: "FT113",
  /** `values` declares a type for a flag that is absent or boolean. */
  declaredValueForWrongFlag: "FT114",
  /** A default or `when_match` does not match the flag's declared value type. */
  valueOutsideDeclaredType: "FT115",
  /** json-schema-to-typescript could not convert the declared types into safe declarations. */
  declaredTypesNotConvertible: "FT116",
  /** A name from the declared types collides with a generated name. */
  declaredNameCollision: "FT117",
  /** A native flag's rules use one context key with types no single value has (warning). */
  contextTypeConflict: "FT120",
} as const;

export type ModelCode = (typeof MODEL_CODES)[keyof typeof MODEL_CODES];

/** An error located at `path` inside `json` (at the member's key when `part` is "key"). */
export function errorAt(
  json: PositionedJson,
  path: JsonPath,
  code: ModelCode,
  message: string,
  part: "key" | "value" = "value",
): Diagnostic {
  const { line, column } = json.positionOf(path, part);
  return { file: json.file, line, column, severity: "error", code, message };
}
