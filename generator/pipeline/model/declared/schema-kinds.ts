import { isSchemaObject, memberOf, resolvePointer } from "./schema-walk.js";

/** JSON kinds a declared type can hold (`integer` counts as number). */
export type ValueKind = "string" | "number" | "boolean" | "null" | "array" | "object";

const ALL_KINDS: readonly ValueKind[] = ["string", "number", "boolean", "null", "array", "object"];

/** The JSON kind of a value. */
export function kindOf(value: unknown): ValueKind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" ? type : "object";
}

/**
 * Which kinds a schema admits, following local `$ref`s, `type`, `enum`, `const`, `anyOf`/`oneOf`
 * (union) and `allOf` (intersection). A schema that says nothing admits every kind.
 */
export function kindsOf(schema: unknown, root: unknown, seen: ReadonlySet<string> = new Set()): Set<ValueKind> {
  if (schema === false) return new Set();
  if (!isSchemaObject(schema)) return new Set(ALL_KINDS);
  const constraints: Set<ValueKind>[] = [];
  const ref = memberOf(schema, "$ref");
  if (typeof ref === "string" && !seen.has(ref)) constraints.push(kindsOf(resolvePointer(root, ref), root, new Set([...seen, ref])));
  const type = memberOf(schema, "type");
  if (type !== undefined) constraints.push(new Set((Array.isArray(type) ? type : [type]).flatMap(kindOfTypeName)));
  const enumerated = memberOf(schema, "enum");
  if (Array.isArray(enumerated)) constraints.push(new Set(enumerated.map(kindOf)));
  if (Object.hasOwn(schema, "const")) constraints.push(new Set([kindOf(memberOf(schema, "const"))]));
  for (const keyword of ["anyOf", "oneOf"]) {
    const list = memberOf(schema, keyword);
    if (Array.isArray(list)) constraints.push(new Set(list.flatMap((child) => [...kindsOf(child, root, seen)])));
  }
  const all = memberOf(schema, "allOf");
  if (Array.isArray(all)) constraints.push(...all.map((child) => kindsOf(child, root, seen)));
  return constraints.reduce((kept, kinds) => new Set([...kept].filter((kind) => kinds.has(kind))), new Set(ALL_KINDS));
}

function kindOfTypeName(name: unknown): ValueKind[] {
  if (name === "integer") return ["number"];
  return ALL_KINDS.filter((kind) => kind === name);
}

/** The schema itself after following `$ref` chains, to look at keywords such as `items`. */
export function followRefs(schema: unknown, root: unknown): { schema: unknown; pointer?: string } {
  let current = schema;
  let pointer: string | undefined;
  const seen = new Set<string>();
  while (isSchemaObject(current)) {
    const ref = memberOf(current, "$ref");
    if (typeof ref !== "string" || seen.has(ref)) break;
    seen.add(ref);
    pointer = ref;
    current = resolvePointer(root, ref);
  }
  return pointer === undefined ? { schema: current } : { schema: current, pointer };
}

