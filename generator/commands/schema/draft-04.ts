import { expandDecimalDigitEscapes } from "./decimal-digits.js";
import { FEATURE_FLAGS_SCHEMA } from "../../pipeline/load/schema/feature-flags-schema.js";

/** The `$schema` of the draft-04 variant: the only draft AppConfig's JSON Schema validator accepts. */
export const DRAFT_04_URI = "http://json-schema.org/draft-04/schema#";

/** Every keyword draft-04 defines (core, validation, metadata); the translation emits no other. */
export const DRAFT_04_KEYWORDS: ReadonlySet<string> = new Set([
  "$schema", "id", "$ref", "title", "description", "default", "definitions", "type", "enum", "format",
  "properties", "additionalProperties", "patternProperties", "required", "minProperties", "maxProperties",
  "dependencies", "items", "additionalItems", "minItems", "maxItems", "uniqueItems", "minLength", "maxLength",
  "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
  "allOf", "anyOf", "oneOf", "not",
]);

type Schema = { [keyword: string]: unknown };

/** Keywords whose value is a map of names to schemas. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions"]);
/** Keywords whose value is one schema (or, for the first two, a boolean or an array of schemas). */
const SCHEMA_VALUED = new Set(["additionalProperties", "additionalItems", "items", "not"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf"]);
/** Draft-04 keywords whose value is plain data, copied as is. */
const DATA_VALUED = new Set([...DRAFT_04_KEYWORDS].filter((keyword) => !SCHEMA_MAPS.has(keyword) && !SCHEMA_VALUED.has(keyword) && !SCHEMA_LISTS.has(keyword)));

/**
 * The document schema (`feature-flags.schema.json`, draft-07) rewritten for AppConfig's JSON
 * Schema validator, which supports draft-04 only. Accepts and rejects the same documents:
 * - `if A then B else C` → `anyOf: [allOf: [A, B], allOf: [not A, C]]` (`anyOf: [not A, B]` without
 *   `else`, `anyOf: [A, C]` without `then`), added to `allOf` when the node already has an `anyOf`;
 * - `const: X` → `enum: [X]`;
 * - `propertyNames: { minLength: 1 }` → `properties: { "": { not: {} } }` (the empty name is the only
 *   name shorter than 1);
 * - `\p{Nd}` in patterns → the explicit digit characters (draft-04 regexes have no property escapes);
 * - `errorMessage` (an editor annotation) is dropped, so validators that reject unknown keywords accept it.
 * Throws on any other keyword: a schema change that needs a new rule must not slip through.
 * @example
 * JSON.stringify(toDraft04Schema()) // '{"$schema":"http://json-schema.org/draft-04/schema#",…'
 */
export function toDraft04Schema(): object {
  return draft07ToDraft04(FEATURE_FLAGS_SCHEMA);
}

/**
 * The rewrite behind {@link toDraft04Schema}, for any draft-07 schema that sticks to the keywords
 * it knows. Does not change `schema`.
 * @example draft07ToDraft04({ const: 1 }) // { enum: [1] }
 */
export function draft07ToDraft04(schema: object): object {
  return translateNode(schema as Schema, "#");
}

function translateNode(node: Schema, at: string): Schema {
  const out: Schema = {};
  for (const [keyword, value] of Object.entries(node)) {
    const where = `${at}/${keyword}`;
    if (keyword === "$schema") out[keyword] = DRAFT_04_URI;
    else if (keyword === "errorMessage" || keyword === "if" || keyword === "then" || keyword === "else") continue;
    else if (keyword === "const") setOnce(out, "enum", [value], where);
    else if (keyword === "propertyNames") addProperty(out, "", forbidEmptyNames(value, where), where);
    else if (keyword === "pattern") out[keyword] = expandDecimalDigitEscapes(String(value));
    else if (SCHEMA_MAPS.has(keyword)) mergeSchemaMap(out, keyword, value, where);
    else if (SCHEMA_VALUED.has(keyword)) out[keyword] = translateValue(value, where);
    else if (SCHEMA_LISTS.has(keyword)) out[keyword] = asList(value, where).map((item, index) => translateNode(item, `${where}/${index}`));
    else if (DATA_VALUED.has(keyword)) setOnce(out, keyword, value, where);
    else throw new Error(`toDraft04Schema: no draft-04 translation for keyword "${keyword}" at ${where}`);
  }
  const conditional = translateConditional(node, at);
  if (conditional) {
    if (out["anyOf"] === undefined) out["anyOf"] = conditional;
    else out["allOf"] = [...((out["allOf"] as Schema[] | undefined) ?? []), { anyOf: conditional }];
  }
  return out;
}

/** `if`/`then`/`else` as the alternatives of an `anyOf`; `undefined` when there is nothing to enforce. */
function translateConditional(node: Schema, at: string): Schema[] | undefined {
  if (node["if"] === undefined) return undefined;
  const condition = translateNode(asSchema(node["if"], `${at}/if`), `${at}/if`);
  const then = node["then"] === undefined ? undefined : translateNode(asSchema(node["then"], `${at}/then`), `${at}/then`);
  const otherwise = node["else"] === undefined ? undefined : translateNode(asSchema(node["else"], `${at}/else`), `${at}/else`);
  if (then && otherwise) return [{ allOf: [condition, then] }, { allOf: [{ not: condition }, otherwise] }];
  if (then) return [{ not: condition }, then];
  if (otherwise) return [condition, otherwise];
  return undefined;
}

/** Only `minLength: 1` (plus annotations) has a draft-04 spelling: a schema for the empty name that fails. */
function forbidEmptyNames(value: unknown, at: string): Schema {
  const rule = asSchema(value, at);
  const constraints = Object.keys(rule).filter((keyword) => !["description", "title", "errorMessage"].includes(keyword));
  if (constraints.length !== 1 || rule["minLength"] !== 1) {
    throw new Error(`toDraft04Schema: only propertyNames { minLength: 1 } can be translated, at ${at}`);
  }
  return { not: {} };
}

function mergeSchemaMap(out: Schema, keyword: string, value: unknown, at: string): void {
  for (const [name, schema] of Object.entries(asSchema(value, at))) {
    addProperty(out, name, translateNode(asSchema(schema, `${at}/${name}`), `${at}/${name}`), at, keyword);
  }
}

function addProperty(out: Schema, name: string, schema: Schema, at: string, keyword = "properties"): void {
  const map = (out[keyword] as Schema | undefined) ?? {};
  if (Object.hasOwn(map, name)) throw new Error(`toDraft04Schema: ${keyword} "${name}" defined twice at ${at}`);
  out[keyword] = { ...map, [name]: schema };
}

function translateValue(value: unknown, at: string): unknown {
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((item, index) => translateNode(asSchema(item, `${at}/${index}`), `${at}/${index}`));
  return translateNode(asSchema(value, at), at);
}

function setOnce(out: Schema, keyword: string, value: unknown, at: string): void {
  if (Object.hasOwn(out, keyword)) throw new Error(`toDraft04Schema: "${keyword}" would be set twice at ${at}`);
  out[keyword] = value;
}

function asSchema(value: unknown, at: string): Schema {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`toDraft04Schema: expected a schema object at ${at}`);
  return value as Schema;
}

function asList(value: unknown, at: string): Schema[] {
  if (!Array.isArray(value)) throw new Error(`toDraft04Schema: expected an array of schemas at ${at}`);
  return value.map((item, index) => asSchema(item, `${at}/${index}`));
}
