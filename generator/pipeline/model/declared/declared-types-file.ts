import type { Diagnostic } from "../../diagnostics.js";
import type { JsonPath, PositionedJson } from "../../load/loaded-file.js";
import { errorAt, MODEL_CODES } from "../model-diagnostics.js";
import { refCycleOf } from "./ref-cycles.js";
import { patternProblems } from "./schema-patterns.js";
import { isSchemaObject, memberOf, resolvePointer, walkSchemas, type SchemaObject } from "./schema-walk.js";

/** The declared types file (`flags/<name>.schema.json`) once its shape is known to be usable. */
export interface DeclaredSchema {
  readonly json: PositionedJson;
  /** The file's content without `$schema` (validators use their own draft). */
  readonly root: SchemaObject;
  readonly context: SchemaObject;
  /** Flag key → declared value schema, in file order. */
  readonly values: ReadonlyMap<string, SchemaObject>;
}

const ROOT_KEYS: ReadonlySet<string> = new Set(["$schema", "$comment", "description", "context", "values", "$defs", "definitions"]);
/** Keywords that would inject raw TypeScript, move the resolution base, or reach outside the file. */
const FORBIDDEN_KEYWORDS = ["tsType", "tsEnumNames", "$id", "id", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef"];
const LOCAL_REF = /^#\/(?:\$defs|definitions)\//;

/** Checks the file's shape; every problem becomes an FT110 diagnostic at its position. */
export function readDeclaredTypes(json: PositionedJson): { schema?: DeclaredSchema; diagnostics: Diagnostic[] } {
  const fail = (path: JsonPath, message: string, part: "key" | "value" = "value") =>
    errorAt(json, path, MODEL_CODES.declaredTypesInvalid, message, part);
  const file = json.value;
  if (!isSchemaObject(file)) return { diagnostics: [fail([], "the declared types file must be a JSON object")] };
  const diagnostics = Object.keys(file)
    .filter((key) => !ROOT_KEYS.has(key))
    .map((key) => fail([key], `unexpected member "${key}": expected "context", "values", "$defs" or "definitions"`, "key"));
  const context = memberOf(file, "context");
  if (!isSchemaObject(context) || !(memberOf(context, "type") === "object" || isSchemaObject(memberOf(context, "properties")))) {
    diagnostics.push(fail(["context"], '"context" must be an object schema ({ "type": "object", "properties": … })'));
  }
  const values = readValues(file, fail, diagnostics);
  const check = (schema: SchemaObject, path: JsonPath) => diagnostics.push(...checkKeywords(file, schema, path, fail));
  walkSchemas(file, [], check);
  walkSchemas(context, ["context"], check);
  for (const [flag, schema] of values) walkSchemas(schema, ["values", flag], check);
  if (diagnostics.length > 0 || !isSchemaObject(context)) return { diagnostics };
  const { $schema: _ignored, ...root } = file;
  return { schema: { json, root, context, values }, diagnostics };
}

function readValues(
  file: SchemaObject,
  fail: (path: JsonPath, message: string) => Diagnostic,
  diagnostics: Diagnostic[],
): Map<string, SchemaObject> {
  const values = new Map<string, SchemaObject>();
  const declared = memberOf(file, "values");
  if (declared === undefined) return values;
  if (!isSchemaObject(declared)) {
    diagnostics.push(fail(["values"], '"values" must map flag names to JSON Schemas'));
    return values;
  }
  for (const [flag, schema] of Object.entries(declared)) {
    if (isSchemaObject(schema)) values.set(flag, schema);
    else diagnostics.push(fail(["values", flag], `the value type of "${flag}" must be a JSON Schema object`));
  }
  return values;
}

function checkKeywords(
  file: SchemaObject,
  schema: SchemaObject,
  path: JsonPath,
  fail: (path: JsonPath, message: string, part?: "key" | "value") => Diagnostic,
): Diagnostic[] {
  if (path.length === 0) return [];
  const found = FORBIDDEN_KEYWORDS.filter((keyword) => Object.hasOwn(schema, keyword)).map((keyword) =>
    fail([...path, keyword], `"${keyword}" is not supported in declared types`, "key"),
  );
  found.push(...patternProblems(schema, path, fail));
  const ref = memberOf(schema, "$ref");
  if (ref === undefined) return found;
  if (typeof ref !== "string" || !LOCAL_REF.test(ref)) {
    found.push(fail([...path, "$ref"], '"$ref" must point inside this file, under "#/$defs/" or "#/definitions/"'));
  } else if (resolvePointer(file, ref) === undefined) {
    found.push(fail([...path, "$ref"], `"$ref" points to nothing: ${JSON.stringify(ref)}`));
  } else {
    const cycle = refCycleOf(file, schema);
    if (cycle) found.push(fail([...path, "$ref"], refCycleMessage(cycle)));
  }
  return found;
}

function refCycleMessage(cycle: readonly string[]): string {
  const [first] = cycle;
  const chain = cycle.length === 1 ? `${JSON.stringify(first)} leads` : `${cycle.map((ref) => JSON.stringify(ref)).join(" → ")} lead`;
  return `"$ref" cycle: ${chain} back to this schema without descending into a property or item, so checking a value against it would never end`;
}
