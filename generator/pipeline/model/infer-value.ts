import type { JsonValue } from "@flagtype/runtime";
import { arrayOf, compareText, JSON_ANY, membersOf, typeOfJson, unionOf, UNKNOWN } from "./ts-type.js";
import type { CompoundTypes, TsField, TsType } from "./ts-type.js";

/**
 * The type a value flag returns, from its default and every `when_match` (absent → `null`).
 * Broad like context types (`string`, not `"gold"`), but objects keep their shape: objects are
 * merged into one object type whose fields are required when every object has them; arrays are
 * merged into one array type.
 * @example inferValueType([{ max: 5 }, { max: 9, burst: 2 }]) // { readonly burst?: number; readonly max: number }
 */
export function inferValueType(values: readonly JsonValue[]): TsType {
  return mergeTypes(values.map(shapeOf));
}

const SHAPES: CompoundTypes = {
  array: (items) => arrayOf(items.length > 0 ? inferValueType(items) : JSON_ANY),
  object: objectShape,
};

function shapeOf(value: JsonValue): TsType {
  return typeOfJson(value, SHAPES);
}

function objectShape(value: { readonly [key: string]: JsonValue }): TsType {
  const fields = Object.entries(value).map(([key, member]) => ({ key, type: shapeOf(member), optional: false }));
  return { kind: "object", fields: fields.sort((a, b) => compareText(a.key, b.key)) };
}

/** One union where all object members became one object and all array members one array. */
function mergeTypes(types: readonly TsType[]): TsType {
  const members = types.flatMap(membersOf);
  const objects = members.flatMap((member) => (member.kind === "object" ? [member.fields] : []));
  const arrays = members.flatMap((member) => (member.kind === "array" ? [member.items] : []));
  const others = members.filter((member) => member.kind !== "object" && member.kind !== "array");
  const merged: TsType[] = [...others];
  if (objects.length > 0) merged.push(mergeObjects(objects));
  if (arrays.length > 0) merged.push(arrayOf(mergeItems(arrays)));
  return unionOf(merged);
}

/** An empty array says nothing about items: it only falls back to `JsonValue` when all are empty. */
function mergeItems(itemTypes: readonly TsType[]): TsType {
  const known = itemTypes.filter((items) => items.kind !== "json");
  return known.length > 0 ? mergeTypes(known) : JSON_ANY;
}

/**
 * Members every object inherits (TypeScript's `Object` interface). A value without its own
 * `constructor` still answers `value.constructor` (a function), and TypeScript compares an object
 * literal's inherited member with an optional field of that name: such a field is typed `unknown`.
 */
const INHERITED: ReadonlySet<string> = new Set(["constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable"]);

function mergeObjects(shapes: readonly (readonly TsField[])[]): TsType {
  const keys = [...new Set(shapes.flatMap((fields) => fields.map((field) => field.key)))].sort(compareText);
  const fields = keys.map((key) => {
    const found = shapes.map((fields) => fields.find((field) => field.key === key));
    const types = found.flatMap((field) => (field ? [field.type] : []));
    // Optional already in a merged shape (items of one array) stays optional.
    const optional = types.length < shapes.length || found.some((field) => field?.optional === true);
    return { key, type: optional && INHERITED.has(key) ? UNKNOWN : mergeTypes(types), optional };
  });
  return { kind: "object", fields };
}
