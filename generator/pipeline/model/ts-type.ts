import type { JsonValue } from "@flagtype/runtime";

/**
 * A TypeScript type as plain data: the model decides types, the emit stage only renders them.
 * Arrays and object fields are readonly in the output: values come from a shared document.
 */
export type TsType =
  | { readonly kind: "string" | "number" | "boolean" | "null" | "undefined" | "unknown" }
  /** Any JSON value (`JsonValue` from the runtime). */
  | { readonly kind: "json" }
  /** Any JSON object: `{ readonly [key: string]: JsonValue }`. */
  | { readonly kind: "json-object" }
  | { readonly kind: "array"; readonly items: TsType }
  | { readonly kind: "object"; readonly fields: readonly TsField[] }
  | { readonly kind: "union"; readonly members: readonly TsType[] }
  /** A named type declared in the same module (e.g. a declared schema type). */
  | { readonly kind: "reference"; readonly name: string }
  /** Exactly this value (enum members, variant names). */
  | { readonly kind: "literal"; readonly value: string | number | boolean };

export interface TsField {
  readonly key: string;
  readonly type: TsType;
  readonly optional: boolean;
}

export const STRING: TsType = { kind: "string" };
export const NUMBER: TsType = { kind: "number" };
export const BOOLEAN: TsType = { kind: "boolean" };
export const NULL: TsType = { kind: "null" };
export const JSON_ANY: TsType = { kind: "json" };
export const JSON_OBJECT: TsType = { kind: "json-object" };
export const UNKNOWN: TsType = { kind: "unknown" };

export function literalOf(value: string | number | boolean): TsType {
  return { kind: "literal", value };
}

export function arrayOf(items: TsType): TsType {
  return { kind: "array", items };
}

/** How to type the two compound JSON kinds; each caller decides how much shape to keep. */
export interface CompoundTypes {
  array(items: JsonValue[]): TsType;
  object(value: { readonly [key: string]: JsonValue }): TsType;
}

/**
 * The type of a JSON value: scalars as their own kind (`"gold"` is `string`), arrays and objects
 * as `compound` says.
 * @example typeOfJson(true, { array: () => JSON_ANY, object: () => JSON_OBJECT }) // BOOLEAN
 */
export function typeOfJson(value: JsonValue, compound: CompoundTypes): TsType {
  if (value === null) return NULL;
  if (Array.isArray(value)) return compound.array(value);
  switch (typeof value) {
    case "string":
      return STRING;
    case "number":
      return NUMBER;
    case "boolean":
      return BOOLEAN;
    default:
      return compound.object(value);
  }
}

/** Identity of a type for de-duplication: equal keys mean the same rendered type. */
export function typeKey(type: TsType): string {
  return JSON.stringify(type);
}

/** The members of a type, unions flattened. */
export function membersOf(type: TsType): readonly TsType[] {
  return type.kind === "union" ? type.members.flatMap(membersOf) : [type];
}

/**
 * A normalised union: flattened, de-duplicated, sorted by key so output does not depend on
 * document order, `JsonValue` absorbing everything, a single member unwrapped.
 */
export function unionOf(types: readonly TsType[]): TsType {
  const byKey = new Map<string, TsType>();
  for (const member of types.flatMap(membersOf)) byKey.set(typeKey(member), member);
  if (byKey.has(typeKey(JSON_ANY))) return JSON_ANY;
  const members = [...byKey.entries()].sort(([a, x], [b, y]) => nullishLast(x) - nullishLast(y) || compareText(a, b)).map(([, member]) => member);
  const [only] = members;
  if (only !== undefined && members.length === 1) return only;
  return { kind: "union", members };
}

/** `string | null` reads better than `null | string`. */
function nullishLast(type: TsType): number {
  return type.kind === "null" || type.kind === "undefined" ? 1 : 0;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
