import { describe, expect, test } from "vitest";
import type { JsonValue } from "../../../../runtime/types.js";
import { typeText } from "../../../../generator/pipeline/emit/type-text.js";
import { inferValueType } from "../../../../generator/pipeline/model/infer-value.js";

describe("inferValueType", () => {
  test.each<[string, JsonValue[], string]>([
    ["strings stay broad", ["standard", "gold"], "string"],
    ["an absent when_match adds null", ["standard", null], "string | null"],
    ["mixed primitives become a union", [0, "many", true], "boolean | number | string"],
    ["arrays merge their items", [[], ["a"], ["b", 1]], "readonly (number | string)[]"],
    ["only empty arrays know nothing", [[]], "readonly JsonValue[]"],
    ["nested arrays keep their parentheses", [[[1], [2]]], "readonly (readonly number[])[]"],
    ["objects merge, fields missing somewhere are optional", [{ max: 1 }, { max: 2, burst: 3 }], "{ readonly burst?: number; readonly max: number }"],
    ["field types merge", [{ a: 1 }, { a: "x" }], "{ readonly a: number | string }"],
    ["an optional field named like an inherited member is unknown: without it, the value still has one", [{ constructor: 1 }, {}], "{ readonly constructor?: unknown }"],
    ["a required one keeps its type", [{ toString: "a" }, { toString: "b" }], "{ readonly toString: string }"],
    ["a field optional among one array's items stays optional when arrays merge", [[], [{ a: 1 }, { a: 2, b: 3 }]], "readonly { readonly a: number; readonly b?: number }[]"],
    ["and when objects holding such arrays merge", [{ l: [{ a: 1 }, {}] }, { l: [{ a: 2 }] }], "{ readonly l: readonly { readonly a?: number }[] }"],
    ["empty objects hold nothing", [{}], "{ readonly [key: string]: never }"],
    ["object keys are quoted when needed", [JSON.parse('{ "a b": 1, "__proto__": 2 }')], '{ readonly __proto__: number; readonly "a b": number }'],
    ["objects and primitives together", [{ a: 1 }, null], "{ readonly a: number } | null"],
  ])("%s", (_, values, expected) => {
    expect(typeText(inferValueType(values))).toBe(expected);
  });
});
