import { compareCodePoints } from "./python-strings.js";

// JSON values behave as the Python values `json.loads` makes of them. Recursion in
// these helpers is bounded by the document side: every comparison the engine makes
// has one operand from a validated document, whose nesting depth is capped.

/** The Python type a value behaves as; `undefined` is treated as `null` (a missing key). */
export type PythonKind = "null" | "bool" | "number" | "string" | "list" | "dict" | "other";

/** The ordering operators; each can fail in Python for incomparable types. */
export type OrderOperator = "<" | "<=" | ">" | ">=";

/** Whether `value` is a plain object (a Python dict), not a class instance, Date, Map, … */
export function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The Python type of a JSON-like value.
 * @example pythonKind(undefined) // "null"
 */
export function pythonKind(value: unknown): PythonKind {
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "bool";
    case "undefined":
      return "null";
    case "object":
      if (value === null) return "null";
      if (Array.isArray(value)) return "list";
      return isPlainObject(value) ? "dict" : "other";
    default:
      return "other";
  }
}

function isNumeric(value: unknown): value is number | boolean {
  return typeof value === "number" || typeof value === "boolean";
}

/**
 * Python `a == b` on JSON values: `true == 1`, `1 == 1.0`, lists item by item,
 * dicts by key set and values, `null` only equals `null`. Never fails.
 * @example pythonEquals([true, { a: 1 }], [1, { a: 1.0 }]) // true
 */
export function pythonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isNumeric(a)) return isNumeric(b) && Number(a) === Number(b);
  if (a === null || a === undefined) return b === null || b === undefined;
  if (typeof a !== "object" || typeof b !== "object" || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && listsEqual(a, b);
  if (Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false;
  return dictsEqual(a as Record<string, unknown>, b as Record<string, unknown>);
}

function listsEqual(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    if (!pythonEquals(a[index], b[index])) return false;
  }
  return true;
}

function dictsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !pythonEquals(a[key], b[key])) return false;
  }
  return true;
}

/** Whether a comparison result (`-1`, `0`, `1`, or NaN for unordered) satisfies `operator`. */
export function applyOrder(sign: number, operator: OrderOperator): boolean {
  switch (operator) {
    case "<":
      return sign < 0;
    case "<=":
      return sign <= 0;
    case ">":
      return sign > 0;
    case ">=":
      return sign >= 0;
  }
}

/**
 * Python `a <op> b`: numbers and booleans together, strings by code point, lists
 * lexicographically. Returns `undefined` where Python raises `TypeError`
 * (unrelated types, `null`, dicts).
 * @example pythonOrder([1, "b"], [1, "a"], ">") // true
 * @example pythonOrder("10", 9, ">") // undefined
 */
export function pythonOrder(a: unknown, b: unknown, operator: OrderOperator): boolean | undefined {
  if (isNumeric(a)) {
    return isNumeric(b) ? applyOrder(compareNumbers(Number(a), Number(b)), operator) : undefined;
  }
  if (typeof a === "string") return typeof b === "string" ? applyOrder(compareCodePoints(a, b), operator) : undefined;
  if (Array.isArray(a) && Array.isArray(b)) return orderLists(a, b, operator);
  return undefined;
}

/** NaN when unordered (a NaN operand), so that every operator is false, as in Python. */
export function compareNumbers(x: number, y: number): number {
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}

function orderLists(a: readonly unknown[], b: readonly unknown[], operator: OrderOperator): boolean | undefined {
  const shorter = Math.min(a.length, b.length);
  for (let index = 0; index < shorter; index++) {
    if (!pythonEquals(a[index], b[index])) return pythonOrder(a[index], b[index], operator);
  }
  return applyOrder(a.length - b.length, operator);
}

/**
 * Python `bool(value)`: `null`, `false`, `0`, `""`, `[]` and `{}` are false.
 * @example pythonTruthy("false") // true
 */
export function pythonTruthy(value: unknown): boolean {
  switch (pythonKind(value)) {
    case "null":
      return false;
    case "bool":
      return value === true;
    case "number":
      return value !== 0;
    case "string":
      return (value as string).length > 0;
    case "list":
      return (value as unknown[]).length > 0;
    case "dict":
      return Object.keys(value as object).length > 0;
    case "other":
      return true;
  }
}
