import type { JsonPath } from "../../load/loaded-file.js";

/** Keywords whose value is a map of name → schema. */
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] as const;
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
/** Keywords whose value is one schema (`items` may also be a list, draft-07 tuples). */
const SINGLE_SCHEMAS = [
  "not", "items", "additionalItems", "additionalProperties", "contains", "propertyNames", "if", "then", "else",
  "unevaluatedItems", "unevaluatedProperties",
] as const;

export type SchemaObject = { readonly [keyword: string]: unknown };

export function isSchemaObject(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Visits every subschema object (not data such as `enum`, `const`, `default`, `examples`), so a
 * property called `$ref` or `tsType` is not mistaken for a keyword.
 */
export function walkSchemas(schema: unknown, path: JsonPath, visit: (schema: SchemaObject, path: JsonPath) => void): void {
  if (!isSchemaObject(schema)) return;
  visit(schema, path);
  for (const keyword of SCHEMA_MAPS) {
    const map = memberOf(schema, keyword);
    if (!isSchemaObject(map)) continue;
    for (const [name, child] of Object.entries(map)) walkSchemas(child, [...path, keyword, name], visit);
  }
  for (const keyword of [...SCHEMA_LISTS, "items"]) {
    const list = memberOf(schema, keyword);
    if (Array.isArray(list)) list.forEach((child, index) => walkSchemas(child, [...path, keyword, index], visit));
  }
  for (const keyword of SINGLE_SCHEMAS) walkSchemas(memberOf(schema, keyword), [...path, keyword], visit);
}

/** An own member; `undefined` when absent (never the prototype's). */
export function memberOf(object: SchemaObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** The schema at a local JSON pointer (`#/$defs/Tier`) inside `root`, or `undefined`. */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const parts = ref === "#" ? [] : ref.slice(1).split("/").slice(1);
  let node: unknown = root;
  for (const encoded of parts) {
    const part = decodeURIComponent(encoded).replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isSchemaObject(node)) node = memberOf(node, part);
    else return undefined;
  }
  return node;
}

/** A JSON pointer fragment for `path`, escaped per RFC 6901 and for use in a URI. */
export function pointerTo(path: JsonPath): string {
  return `#${path.map((part) => `/${encodeURIComponent(String(part).replaceAll("~", "~0").replaceAll("/", "~1"))}`).join("")}`;
}
