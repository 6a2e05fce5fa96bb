import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FEATURE_FLAGS_SCHEMA } from "../../../../../generator/pipeline/load/schema/feature-flags-schema.js";
import { ACTIONS } from "../../../../../runtime/engine/actions.js";
import { RULE_ACTIONS } from "../../../../../runtime/types.js";

type SchemaNode = Record<string, unknown>;

function definition(name: string): SchemaNode {
  const definitions = FEATURE_FLAGS_SCHEMA["definitions"] as Record<string, SchemaNode>;
  const found = definitions[name];
  if (!found) throw new Error(`no definition ${name}`);
  return found;
}

/** Every `properties` map in the schema, with where it was found; `if` conditions only test, so they are skipped. */
function propertyMaps(node: unknown, at: string, found: [string, SchemaNode][] = []): [string, SchemaNode][] {
  if (Array.isArray(node)) node.forEach((item, index) => propertyMaps(item, `${at}/${index}`, found));
  else if (typeof node === "object" && node !== null) {
    for (const [key, child] of Object.entries(node)) {
      if (key === "if") continue;
      if (key === "properties") found.push([at, child as SchemaNode]);
      propertyMaps(child, `${at}/${key}`, found);
    }
  }
  return found;
}

describe("feature-flags.schema.json", () => {
  it("lists exactly the runtime's actions, in order", () => {
    const action = (definition("condition")["properties"] as Record<string, SchemaNode>)["action"];
    expect(action?.["enum"]).toEqual([...RULE_ACTIONS]);
    expect(Object.keys(ACTIONS)).toEqual([...RULE_ACTIONS]);
  });

  it("agrees with the action table on the key each action requires and on array values", () => {
    const branches = (definition("condition")["allOf"] as SchemaNode[]).map((branch) => {
      const test = ((branch["if"] as SchemaNode)["properties"] as Record<string, SchemaNode>)["action"] as SchemaNode;
      const then = (branch["then"] as SchemaNode)["properties"] as Record<string, SchemaNode>;
      const actions = (test["enum"] as string[] | undefined) ?? [test["const"] as string];
      return { actions, key: then["key"]?.["const"], valueType: then["value"]?.["type"] };
    });
    const requiredKeys = Object.fromEntries(branches.flatMap(({ actions, key }) => (key === undefined ? [] : actions.map((action) => [action, key]))));
    const tableKeys = Object.fromEntries(RULE_ACTIONS.flatMap((action) => (ACTIONS[action].requiredKey ? [[action, ACTIONS[action].requiredKey]] : [])));
    expect(requiredKeys).toEqual(tableKeys);
    const arrayValued = branches.flatMap(({ actions, valueType }) => (valueType === "array" ? actions : []));
    expect(arrayValued).toEqual(RULE_ACTIONS.filter((action) => ACTIONS[action].valueKind === "array"));
  });

  it("describes every property and every definition", () => {
    const undocumented: string[] = [];
    for (const [at, properties] of propertyMaps(FEATURE_FLAGS_SCHEMA, "#")) {
      for (const [name, schema] of Object.entries(properties)) {
        const node = schema as SchemaNode;
        const documented = typeof node["description"] === "string" || typeof node["$ref"] === "string";
        if (!documented) undocumented.push(`${at}/properties/${name}`);
      }
    }
    for (const [name, schema] of Object.entries(FEATURE_FLAGS_SCHEMA["definitions"] as Record<string, SchemaNode>)) {
      if (typeof schema["description"] !== "string") undocumented.push(`#/definitions/${name}`);
    }
    expect(undocumented).toEqual([]);
  });

  it("is draft-07 and the JSON file is what the module exports", () => {
    expect(FEATURE_FLAGS_SCHEMA["$schema"]).toBe("http://json-schema.org/draft-07/schema#");
    const file = new URL("../../../../../generator/pipeline/load/schema/feature-flags.schema.json", import.meta.url);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(FEATURE_FLAGS_SCHEMA);
  });

  it("uses only keywords with a mechanical draft-04 equivalent", () => {
    const keywords = new Set<string>();
    const collect = (node: unknown, inProperties: boolean): void => {
      if (Array.isArray(node)) node.forEach((item) => collect(item, false));
      else if (typeof node === "object" && node !== null) {
        for (const [key, child] of Object.entries(node)) {
          if (!inProperties) keywords.add(key);
          collect(child, key === "properties" || key === "definitions");
        }
      }
    };
    collect(FEATURE_FLAGS_SCHEMA, false);
    const draft04OrMapped = new Set([
      "$schema", "$ref", "title", "description", "definitions", "type", "properties", "additionalProperties",
      "required", "items", "enum", "minItems", "minLength", "minimum", "pattern", "not", "allOf",
      "errorMessage", // annotation read by editors (VS Code) and by flagtype's diagnostics
      "if", "then", "else", // {if A then B else C} → anyOf [allOf [A, B], allOf [not A, C]]
      "const", // → enum with one value
      "propertyNames", // dropped: the runtime also rejects empty rule names
    ]);
    expect([...keywords].filter((keyword) => !draft04OrMapped.has(keyword))).toEqual([]);
  });
});
