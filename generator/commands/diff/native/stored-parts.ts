import type { JsonValue } from "@flagtype/runtime";
import { isJsonObject, memberOf } from "@flagtype/runtime/tooling";

/** A JSON object member of a JSON value, or undefined. */
type JsonObject = { readonly [key: string]: JsonValue };

/** `flags.<key>` of a stored document: the flag's definition. */
export function definitionOf(document: JsonValue, key: string): JsonObject | undefined {
  return objectAt(objectAt(document, "flags"), key);
}

/** `values.<key>` of a stored document: the flag's value (basic) or its `_variants`. */
export function valueOf(document: JsonValue, key: string): JsonObject | undefined {
  return objectAt(objectAt(document, "values"), key);
}

/** `flags.<key>.attributes.<attribute>.constraints`. */
export function constraintsOf(document: JsonValue, key: string, attribute: string): JsonObject | undefined {
  return objectAt(objectAt(objectAt(definitionOf(document, key), "attributes"), attribute), "constraints");
}

/** One stored variant, as the diff reads it. */
export interface StoredVariantParts {
  readonly name: string;
  readonly enabled: JsonValue | undefined;
  readonly rule: JsonValue | undefined;
  readonly attributeValues: JsonValue | undefined;
}

/** `values.<key>._variants` in evaluation order; empty for a basic flag. */
export function variantsOf(document: JsonValue, key: string): StoredVariantParts[] {
  const variants = memberAt(valueOf(document, key), "_variants");
  if (!Array.isArray(variants)) return [];
  return variants.flatMap((variant) =>
    isJsonObject(variant)
      ? [{ name: String(memberAt(variant, "name")), enabled: memberAt(variant, "enabled"), rule: memberAt(variant, "rule"), attributeValues: memberAt(variant, "attributeValues") }]
      : [],
  );
}

/** A member of an object (own keys only), or undefined. */
export function memberAt(value: JsonValue | undefined, key: string): JsonValue | undefined {
  return value !== undefined && isJsonObject(value) ? (memberOf(value, key) as JsonValue | undefined) : undefined;
}

function objectAt(value: JsonValue | undefined, key: string): JsonObject | undefined {
  const member = memberAt(value, key);
  return member !== undefined && isJsonObject(member) ? (member as JsonObject) : undefined;
}
