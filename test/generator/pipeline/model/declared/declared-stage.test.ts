import { describe, expect, test } from "vitest";
import { buildModuleModel } from "../../../../../generator/pipeline/model/build-module-model.js";
import { flagWithConditions, loadedFileOf } from "../loaded-file-of.js";

const context = {
  type: "object",
  properties: {
    tier: { $ref: "#/$defs/Tier" },
    age: { type: "integer", minimum: 0, maximum: 130 },
    roles: { type: "array", items: { enum: ["admin", "dev"] } },
    labels: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
  },
  required: ["tier"],
};
const declared = { context, $defs: { Tier: { enum: ["free", "premium"] } } };

async function codesFor(conditions: object[], types: object = declared): Promise<string[]> {
  const { diagnostics } = await buildModuleModel(loadedFileOf("shop", flagWithConditions(conditions), types));
  return diagnostics.map((diagnostic) => diagnostic.code);
}

describe("conditions checked against the declared context", () => {
  test.each<[string, object, string[]]>([
    ["a declared enum value", { action: "EQUALS", key: "tier", value: "premium" }, []],
    ["a value outside the enum", { action: "EQUALS", key: "tier", value: "premuim" }, ["FT112"]],
    ["an unknown key", { action: "EQUALS", key: "tir", value: "free" }, ["FT111"]],
    ["IN checks every item", { action: "IN", key: "tier", value: ["free", "gold", "platinum"] }, ["FT112", "FT112"]],
    ["IN with a string value needs a string key", { action: "IN", key: "age", value: "123" }, ["FT113"]],
    ["STARTSWITH on a number", { action: "STARTSWITH", key: "age", value: "1" }, ["FT113"]],
    ["STARTSWITH on a string", { action: "STARTSWITH", key: "tier", value: "pre" }, []],
    ["MODULO_RANGE on a string", { action: "MODULO_RANGE", key: "tier", value: { BASE: 2, START: 0, END: 0 } }, ["FT113"]],
    ["MODULO_RANGE on an integer", { action: "MODULO_RANGE", key: "age", value: { BASE: 2, START: 0, END: 0 } }, []],
    ["ordering within bounds", { action: "KEY_GREATER_THAN_VALUE", key: "age", value: 17 }, []],
    ["a number for a string key", { action: "EQUALS", key: "tier", value: 1 }, ["FT112"]],
    ["list actions need an array key", { action: "ANY_IN_VALUE", key: "tier", value: ["free"] }, ["FT113"]],
    ["list items must fit the key's items", { action: "ALL_IN_VALUE", key: "roles", value: ["admin", "root"] }, ["FT112"]],
    ["VALUE_IN_KEY with a possible item", { action: "VALUE_IN_KEY", key: "roles", value: "dev" }, []],
    ["VALUE_IN_KEY with an impossible item", { action: "VALUE_IN_KEY", key: "roles", value: "root" }, ["FT112"]],
    ["VALUE_IN_KEY on a string-or-array key", { action: "VALUE_IN_KEY", key: "labels", value: "x" }, []],
    ["schedules read no context", { action: "SCHEDULE_BETWEEN_TIME_RANGE", key: "CURRENT_TIME", value: { START: "09:00", END: "10:00" } }, []],
  ])("%s", async (_, condition, expected) => {
    expect(await codesFor([condition])).toEqual(expected);
  });

  test("additionalProperties, when declared, types undeclared keys", async () => {
    const open = { context: { type: "object", additionalProperties: { type: "string" } } };
    expect(await codesFor([{ action: "EQUALS", key: "anything", value: "x" }], open)).toEqual([]);
    expect(await codesFor([{ action: "EQUALS", key: "anything", value: 1 }], open)).toEqual(["FT112"]);
  });

  test("errors point at the condition's key or value", async () => {
    const file = loadedFileOf("shop", flagWithConditions([{ action: "EQUALS", key: "tier", value: "premuim" }]), declared);
    const { diagnostics } = await buildModuleModel(file);
    expect(diagnostics[0]).toMatchObject({ file: "flags/shop.json", line: file.flags.positionOf(["flag", "rules", "rule", "conditions", 0, "value"]).line });
    expect(diagnostics[0]?.message).toContain('"premuim" can never be a value of context key "tier"');
  });

  test("a clean declared file yields declared contexts picked from the declared type", async () => {
    const { model, diagnostics } = await buildModuleModel(
      loadedFileOf("shop", flagWithConditions([{ action: "EQUALS", key: "tier", value: "free" }, { action: "KEY_LESS_THAN_VALUE", key: "age", value: 3 }]), declared),
    );
    expect(diagnostics).toEqual([]);
    expect(model?.flags[0]?.context).toEqual({ kind: "declared", typeName: "ShopDeclaredContext", keys: ["age", "tier"], allOptional: false });
    expect(model?.declared?.names).toEqual(expect.arrayContaining(["ShopDeclaredContext", "ShopTier"]));
  });

  test("a flag that reads only optional keys has an all-optional context; a context that is no plain interface counts as requiring its keys", async () => {
    const reading = (types: object) => buildModuleModel(loadedFileOf("shop", flagWithConditions([{ action: "KEY_LESS_THAN_VALUE", key: "age", value: 3 }]), types));
    expect((await reading(declared)).model?.flags[0]?.context).toMatchObject({ keys: ["age"], allOptional: true });
    const oneOf = [{ properties: { age: { type: "integer" } }, required: ["age"] }, { properties: { tier: { type: "string" } } }];
    const composed = { context: { ...context, oneOf }, $defs: declared.$defs };
    expect((await reading(composed)).model?.flags[0]?.context).toMatchObject({ keys: ["age"], allOptional: false });
  });
});

describe("declared value types", () => {
  const valueFlag = {
    layout: {
      boolean_type: false,
      default: "classic",
      rules: { r: { when_match: "fancy", conditions: [{ action: "EQUALS", key: "tier", value: "free" }] } },
    },
    on: { default: true },
  };

  test.each<[string, object, string[]]>([
    ["a value outside the declared type", { layout: { enum: ["classic", "compact"] } }, ["FT115"]],
    ["every value inside", { layout: { enum: ["classic", "fancy"] } }, []],
    ["a boolean flag", { on: { type: "boolean" } }, ["FT114"]],
    ["an unknown flag", { nothing: { type: "string" } }, ["FT114"]],
  ])("%s", async (_, values, expected) => {
    const { diagnostics } = await buildModuleModel(loadedFileOf("shop", valueFlag, { ...declared, values }));
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(expected);
  });

  test("a declared value type is referenced, not inferred", async () => {
    const { model } = await buildModuleModel(loadedFileOf("shop", valueFlag, { ...declared, values: { layout: { enum: ["classic", "fancy"] } } }));
    expect(model?.flags[0]?.valueType).toEqual({ kind: "reference", name: "LayoutValue" });
    expect(model?.declared?.declarations).toContain('export type LayoutValue = ("classic" | "fancy")');
  });
});

describe("the declared types file itself", () => {
  test.each<[string, unknown, string[]]>([
    ["not an object", [], ["FT110"]],
    ["no context", { values: {} }, ["FT110"]],
    ["a context that is not an object schema", { context: { type: "string" } }, ["FT110"]],
    ["tsType would inject raw TypeScript", { context: { type: "object", properties: { a: { tsType: "any" } } } }, ["FT110"]],
    ["a remote $ref", { context: { type: "object", properties: { a: { $ref: "https://example.com/a.json" } } } }, ["FT110"]],
    ["a dangling $ref", { context: { type: "object", properties: { a: { $ref: "#/$defs/Nope" } } } }, ["FT110"]],
    ["an invalid JSON Schema", { context: { type: "object", properties: { a: { type: "strng" } } } }, ["FT110"]],
    ["a property named like a keyword is only a name", { context: { type: "object", properties: { tsType: { type: "string" }, $ref: { type: "string" } } } }, []],
    ["an invalid context pattern", { context: { type: "object", properties: { a: { type: "string", pattern: "(" } } } }, ["FT110"]],
    ["a pattern valid only without the u flag", { context: { type: "object", properties: { a: { type: "string", pattern: "a\\-b" } } } }, ["FT110"]],
    ["an invalid patternProperties name", { context: { type: "object", patternProperties: { "[z-a]": { type: "string" } } } }, ["FT110"]],
    ["an invalid pattern in an unused definition", { context: { type: "object" }, $defs: { Code: { type: "string", pattern: "+" } } }, ["FT110"]],
    ["valid patterns", { context: { type: "object", properties: { a: { type: "string", pattern: "^\\p{L}+$" } }, patternProperties: { "^x-": {} } } }, []],
  ])("%s", async (_, types, expected) => {
    const { diagnostics } = await buildModuleModel(loadedFileOf("shop", { on: { default: true } }, types));
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(expected);
  });

  test("an invalid pattern in a declared value type is reported at the pattern, not thrown", async () => {
    const pricing = { boolean_type: false, default: { plan: "basic" } };
    const types = { context: { type: "object" }, values: { pricing: { type: "object", properties: { plan: { type: "string", pattern: "*/ evil()" } } } } };
    const file = loadedFileOf("shop", { pricing }, types);
    const { model, diagnostics } = await buildModuleModel(file);
    expect(model).toBeUndefined();
    const at = file.declaredTypes?.positionOf(["values", "pricing", "properties", "plan", "pattern"]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "FT110",
        file: "flags/shop.schema.json",
        line: at?.line,
        column: at?.column,
        message: '"pattern" is not a valid regular expression: Nothing to repeat',
      }),
    ]);
  });

  test.each<[string, object, (string | number)[], string]>([
    ["a $ref to itself", { context: { type: "object" }, $defs: { T: { $ref: "#/$defs/T" } } }, ["$defs", "T", "$ref"], '"#/$defs/T" leads back'],
    [
      "two definitions referring to each other",
      { context: { type: "object", properties: { a: { $ref: "#/$defs/A" } } }, $defs: { A: { $ref: "#/$defs/B" }, B: { $ref: "#/$defs/A" } } },
      ["$defs", "A", "$ref"],
      '"#/$defs/B" → "#/$defs/A" lead back',
    ],
    ["a $ref to itself through anyOf", { context: { type: "object" }, $defs: { T: { anyOf: [{ $ref: "#/$defs/T" }, { type: "string" }] } } }, ["$defs", "T", "anyOf", 0, "$ref"], '"#/$defs/T" leads back'],
  ])("%s is reported at the $ref, not as a stack overflow", async (_, types, at, message) => {
    const file = loadedFileOf("shop", { on: { default: true } }, types);
    const { diagnostics } = await buildModuleModel(file);
    const position = file.declaredTypes?.positionOf(at);
    expect(diagnostics[0]).toMatchObject({ code: "FT110", file: "flags/shop.schema.json", line: position?.line, column: position?.column });
    expect(diagnostics[0]?.message).toContain(`"$ref" cycle: ${message} to this schema without descending into a property or item`);
    expect(diagnostics.map((diagnostic) => diagnostic.message).join("\n")).not.toContain("call stack");
  });

  test("a recursive type through properties is fine", async () => {
    const types = { context: { type: "object", properties: { node: { $ref: "#/$defs/Node" } } }, $defs: { Node: { type: "object", properties: { child: { $ref: "#/$defs/Node" } } } } };
    const { diagnostics } = await buildModuleModel(loadedFileOf("shop", { on: { default: true } }, types));
    expect(diagnostics).toEqual([]);
  });

  test("a schema the meta-schema rejects is reported where it is, once per place", async () => {
    const types = { context: { type: "object", properties: { a: { type: "strng" } } }, values: { price: { minLength: -1 } } };
    const file = loadedFileOf("shop", { on: { default: true }, price: { default: "a", boolean_type: false } }, types);
    const { diagnostics } = await buildModuleModel(file);
    const at = file.declaredTypes?.positionOf(["context", "properties", "a", "type"]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "FT110",
        line: at?.line,
        column: at?.column,
        message: 'the declared types file holds an invalid JSON Schema: "type" must be equal to one of the allowed values: "array", "boolean", "integer", "null", "number", "object", "string"',
      }),
    ]);
    const valueSchema = loadedFileOf("shop", { price: { default: "a", boolean_type: false } }, { context: { type: "object" }, values: { price: { minLength: -1 } } });
    const [minLength] = (await buildModuleModel(valueSchema)).diagnostics;
    expect(minLength).toMatchObject({ code: "FT110", line: valueSchema.declaredTypes?.positionOf(["values", "price", "minLength"]).line });
    expect(minLength?.message).toContain('"minLength" must be >= 0');
  });

  test("a declared name that would shadow a generated one is an error", async () => {
    // FlagName becomes ShopFlagName, like every declared name but the context and value types.
    const types = { context: { type: "object", properties: { tier: { $ref: "#/$defs/FlagName" } } }, $defs: { FlagName: { type: "string" } } };
    const { diagnostics } = await buildModuleModel(loadedFileOf("shop", { on: { default: true } }, types));
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.file])).toEqual([["FT117", "flags/shop.schema.json"]]);
  });
});
