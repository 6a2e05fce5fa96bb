import type { Diagnostic } from "../../diagnostics.js";
import type { PositionedJson } from "../../load/loaded-file.js";
import { errorAt, MODEL_CODES } from "../model-diagnostics.js";
import type { FeatureEntry } from "../read-document.js";
import type { DeclaredSchema } from "./declared-types-file.js";
import type { DeclaredValidator } from "./declared-validator.js";
import { pointerTo } from "./schema-walk.js";

/**
 * Declared value types must name value flags of the document, and the flag's default and every
 * `when_match` (absent means `null`) must be values of the declared type.
 */
export function checkDeclaredValues(
  flags: PositionedJson,
  schema: DeclaredSchema,
  validator: DeclaredValidator,
  features: readonly FeatureEntry[],
): Diagnostic[] {
  const byKey = new Map(features.map((feature) => [feature.key, feature]));
  return [...schema.values.keys()].flatMap((key) => {
    const feature = byKey.get(key);
    if (!feature || feature.isBoolean) {
      const why = feature ? "is boolean (its type is always boolean)" : "is not in the flags file";
      const message = `declared value type for "${key}", which ${why}`;
      return [errorAt(schema.json, ["values", key], MODEL_CODES.declaredValueForWrongFlag, message, "key")];
    }
    return valueProblems(flags, validator, feature);
  });
}

function valueProblems(flags: PositionedJson, validator: DeclaredValidator, feature: FeatureEntry): Diagnostic[] {
  const pointer = pointerTo(["values", feature.key]);
  const candidates = [
    { value: feature.defaultValue, path: [...feature.path, "default"], what: "default" },
    ...feature.rules.map((rule) => ({
      value: rule.whenMatch,
      path: [...rule.path, "when_match"],
      what: `when_match of rule "${rule.name}"`,
    })),
  ];
  return candidates.flatMap(({ value, path, what }) => {
    const problem = validator.problemWith(pointer, value);
    if (problem === undefined) return [];
    const message = `${what} of "${feature.key}" is not a value of its declared type: ${problem}`;
    return [errorAt(flags, path, MODEL_CODES.valueOutsideDeclaredType, message)];
  });
}
