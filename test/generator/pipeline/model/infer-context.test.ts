import { describe, expect, test } from "vitest";
import { ACTIONS } from "../../../../runtime/engine/actions.js";
import { RULE_ACTIONS, type JsonValue, type RuleAction } from "../../../../runtime/types.js";
import { typeText } from "../../../../generator/pipeline/emit/type-text.js";
import { combineTypes, impliedContextType, inferContextFields } from "../../../../generator/pipeline/model/infer-context.js";
import { arrayOf, NUMBER, STRING, JSON_ANY, unionOf } from "../../../../generator/pipeline/model/ts-type.js";

const condition = (action: RuleAction, value: JsonValue, key = "k") => ({ action, key, value, path: ["f", "rules", "r", "conditions", 0] });
const implied = (action: RuleAction, value: JsonValue) => {
  const type = impliedContextType(condition(action, value));
  return type === undefined ? undefined : typeText(type);
};

describe("impliedContextType, one row per action and value kind", () => {
  test.each<[RuleAction, JsonValue, string | undefined]>([
    ["EQUALS", "premium", "string"],
    ["EQUALS", 3, "number"],
    ["EQUALS", true, "boolean"],
    ["EQUALS", [1, "a"], "readonly (number | string)[]"],
    ["EQUALS", [], "readonly JsonValue[]"],
    ["EQUALS", { plan: "x" }, "{ readonly [key: string]: JsonValue }"],
    ["NOT_EQUALS", -273.15, "number"],
    ["KEY_GREATER_THAN_VALUE", 18, "number"],
    ["KEY_GREATER_THAN_OR_EQUAL_VALUE", "2.0", "string"],
    ["KEY_LESS_THAN_VALUE", [1, 2], "readonly number[]"],
    ["KEY_LESS_THAN_OR_EQUAL_VALUE", 9, "number"],
    ["STARTSWITH", "pre", "string"],
    ["ENDSWITH", "@example.com", "string"],
    ["IN", ["a", "b"], "string"],
    ["IN", ["a", 1, null], "number | string | null"],
    ["IN", "premium", "string"],
    ["NOT_IN", { legacy: 1 }, "string"],
    ["KEY_IN_VALUE", [[1]], "readonly number[]"],
    ["KEY_NOT_IN_VALUE", 5, "JsonValue"],
    ["VALUE_IN_KEY", "admin", "readonly string[] | string"],
    ["VALUE_NOT_IN_KEY", 13, "readonly number[]"],
    ["ALL_IN_VALUE", ["admin", "dev"], "readonly string[]"],
    ["ANY_IN_VALUE", [1, 2.5], "readonly number[]"],
    ["NONE_IN_VALUE", [], "readonly JsonValue[]"],
    ["SCHEDULE_BETWEEN_TIME_RANGE", { START: "09:00", END: "17:00" }, undefined],
    ["SCHEDULE_BETWEEN_DATETIME_RANGE", { START: "2024-01-01", END: "2024-02-01" }, undefined],
    ["SCHEDULE_BETWEEN_DAYS_OF_WEEK", { DAYS: ["MONDAY"] }, undefined],
    ["MODULO_RANGE", { BASE: 100, START: 0, END: 9 }, "number"],
  ])("%s %j → %s", (action, value, expected) => {
    expect(implied(action, value)).toBe(expected);
  });

  test("every action of the runtime's table is covered by a shape", () => {
    for (const action of RULE_ACTIONS) expect(ACTIONS[action].contextShape).toBeDefined();
  });
});

describe("combineTypes", () => {
  test.each([
    ["the same type once", [STRING, STRING], "string"],
    ["the common member when there is one", [STRING, unionOf([arrayOf(STRING), STRING])], "string"],
    ["the union when nothing is common", [STRING, NUMBER], "number | string"],
    ["JsonValue accepts anything, so it does not widen", [JSON_ANY, NUMBER], "number"],
    ["only JsonValue stays JsonValue", [JSON_ANY, JSON_ANY], "JsonValue"],
  ])("%s", (_, types, expected) => {
    expect(typeText(combineTypes(types))).toBe(expected);
  });
});

describe("inferContextFields", () => {
  test("one required field per key, sorted, first position kept, schedule keys skipped", () => {
    const reads = [
      { condition: condition("EQUALS", "premium", "tier"), position: { line: 9, column: 1 } },
      { condition: condition("SCHEDULE_BETWEEN_TIME_RANGE", { START: "09:00", END: "10:00" }, "CURRENT_TIME"), position: { line: 10, column: 1 } },
      { condition: condition("MODULO_RANGE", { BASE: 2, START: 0, END: 0 }, "age"), position: { line: 11, column: 1 } },
      { condition: condition("STARTSWITH", "pre", "tier"), position: { line: 12, column: 1 } },
    ];
    expect(inferContextFields(reads).map((field) => [field.key, typeText(field.type), field.required, field.position.line])).toEqual([
      ["age", "number", true, 11],
      ["tier", "string", true, 9],
    ]);
  });
});
