import { isSchemaObject, memberOf, resolvePointer, type SchemaObject } from "./schema-walk.js";

/** Keywords that apply a subschema to the same value, so following them does not descend into the data. */
const SAME_VALUE_LISTS = ["allOf", "anyOf", "oneOf"] as const;
const SAME_VALUE_SINGLES = ["not", "if", "then", "else"] as const;

/**
 * The `$ref`s followed from `schema`'s own `$ref` back to `schema` without descending into a
 * property or item (`#/$defs/A` → `#/$defs/B` → `#/$defs/A`), or `undefined` when there is no
 * such cycle. Validating such a schema would apply it to the same value forever, which ajv and
 * json-schema-to-typescript answer with a stack overflow; recursion through `properties` or
 * `items` (a tree type) is fine and not reported.
 * @example refCycleOf(root, root.$defs.T) // ["#/$defs/T"] for { "$defs": { "T": { "$ref": "#/$defs/T" } } }
 */
export function refCycleOf(root: SchemaObject, schema: SchemaObject): string[] | undefined {
  const ref = memberOf(schema, "$ref");
  if (typeof ref !== "string") return undefined;
  return pathBack(root, resolvePointer(root, ref), schema, [ref], new Set());
}

/** Depth-first over same-value edges from `node`, collecting the `$ref`s taken, until `start` is met. */
function pathBack(root: SchemaObject, node: unknown, start: SchemaObject, refs: string[], seen: Set<SchemaObject>): string[] | undefined {
  if (!isSchemaObject(node)) return undefined;
  if (node === start) return refs;
  if (seen.has(node)) return undefined;
  seen.add(node);
  for (const { child, ref } of sameValueChildren(root, node)) {
    const found = pathBack(root, child, start, ref === undefined ? refs : [...refs, ref], seen);
    if (found) return found;
  }
  return undefined;
}

function sameValueChildren(root: SchemaObject, schema: SchemaObject): { child: unknown; ref?: string }[] {
  const children: { child: unknown; ref?: string }[] = [];
  const ref = memberOf(schema, "$ref");
  if (typeof ref === "string") children.push({ child: resolvePointer(root, ref), ref });
  for (const keyword of SAME_VALUE_LISTS) {
    const list = memberOf(schema, keyword);
    if (Array.isArray(list)) children.push(...list.map((child: unknown) => ({ child })));
  }
  for (const keyword of SAME_VALUE_SINGLES) children.push({ child: memberOf(schema, keyword) });
  const dependent = memberOf(schema, "dependentSchemas");
  if (isSchemaObject(dependent)) children.push(...Object.values(dependent).map((child) => ({ child })));
  return children;
}
