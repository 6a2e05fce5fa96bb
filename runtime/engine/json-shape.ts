import { isPlainObject } from "./python-values.js";

/** The kinds of value a JSON document holds, plus "invalid" for anything JSON cannot hold. */
export type JsonKind = "null" | "boolean" | "number" | "string" | "array" | "object" | "invalid";

/**
 * The JSON kind of a value. `NaN`, `Infinity`, `undefined`, functions, class
 * instances and other non-JSON values are "invalid".
 * @example jsonKind([1]) // "array"
 */
export function jsonKind(value: unknown): JsonKind {
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return Number.isFinite(value) ? "number" : "invalid";
    case "boolean":
      return "boolean";
    case "object":
      if (value === null) return "null";
      if (Array.isArray(value)) return "array";
      return isPlainObject(value) ? "object" : "invalid";
    default:
      return "invalid";
  }
}

/** A JSON object seen as a read-only map (own properties only). */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Whether `value` is a JSON object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return jsonKind(value) === "object";
}

/**
 * An own member of a JSON object; `undefined` when absent. A member holding
 * `undefined` counts as absent, as `JSON.stringify` would drop it.
 */
export function memberOf(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

const ARTICLES: Readonly<Record<JsonKind, string>> = {
  null: "null",
  boolean: "a boolean",
  number: "a number",
  string: "a string",
  array: "an array",
  object: "an object",
  invalid: "a non-JSON value",
};

/**
 * A short description of a value for messages: its kind, and the value itself when short.
 * @example describeValue("equals") // 'the string "equals"'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const kind = jsonKind(value);
  if (kind === "string" || kind === "number" || kind === "boolean") {
    const text = JSON.stringify(value);
    if (text.length <= 40) return kind === "string" ? `the string ${text}` : text;
  }
  if (kind === "array" && (value as unknown[]).length === 0) return "an empty array";
  if (kind === "object" && Object.keys(value as object).length === 0) return "an empty object";
  return ARTICLES[kind];
}
