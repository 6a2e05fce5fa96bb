import { describe, expect, it } from "vitest";
import { isAssignable } from "../../../../generator/commands/diff/type-compatibility.js";
import { arrayOf, BOOLEAN, JSON_ANY, JSON_OBJECT, literalOf, NULL, NUMBER, STRING, unionOf, type TsType } from "../../../../generator/pipeline/model/ts-type.js";

const object = (...fields: [string, TsType, boolean?][]): TsType => ({ kind: "object", fields: fields.map(([key, type, optional]) => ({ key, type, optional: optional ?? false })) });

describe("isAssignable", () => {
  it.each<[string, TsType, TsType, boolean]>([
    ["same primitive", STRING, STRING, true],
    ["different primitives", STRING, NUMBER, false],
    ["member into union", STRING, unionOf([STRING, NUMBER]), true],
    ["union into member", unionOf([STRING, NUMBER]), STRING, false],
    ["union into wider union", unionOf([STRING, NULL]), unionOf([STRING, NUMBER, NULL]), true],
    ["anything into JsonValue", object(["a", NUMBER]), JSON_ANY, true],
    ["JsonValue into string", JSON_ANY, STRING, false],
    ["object into any JSON object", object(["a", NUMBER]), JSON_OBJECT, true],
    ["any JSON object into a shape", JSON_OBJECT, object(["a", NUMBER]), false],
    ["arrays by items", arrayOf(STRING), arrayOf(unionOf([STRING, BOOLEAN])), true],
    ["arrays of wider items", arrayOf(unionOf([STRING, BOOLEAN])), arrayOf(STRING), false],
    ["object with an extra field", object(["a", NUMBER], ["b", STRING]), object(["a", NUMBER]), true],
    ["object missing a required field", object(["b", STRING]), object(["a", NUMBER], ["b", STRING]), false],
    ["object missing an optional field", object(["b", STRING]), object(["a", NUMBER, true], ["b", STRING]), true],
    ["optional field into required", object(["a", NUMBER, true]), object(["a", NUMBER]), false],
    ["field of another type", object(["a", STRING]), object(["a", NUMBER]), false],
    ["same reference", { kind: "reference", name: "Tier" }, { kind: "reference", name: "Tier" }, true],
    ["other reference", { kind: "reference", name: "Tier" }, { kind: "reference", name: "Plan" }, false],
    ["same literal", literalOf("dark"), literalOf("dark"), true],
    ["other literal", literalOf("dark"), literalOf("light"), false],
    ["literal into its primitive", literalOf("dark"), STRING, true],
    ["literal into another primitive", literalOf("dark"), NUMBER, false],
    ["primitive into a literal", STRING, literalOf("dark"), false],
    ["fewer enum members into more", unionOf([literalOf("a"), literalOf("b")]), unionOf([literalOf("a"), literalOf("b"), literalOf("c")]), true],
    ["more enum members into fewer", unionOf([literalOf("a"), literalOf("b"), literalOf("c")]), unionOf([literalOf("a"), literalOf("b")]), false],
  ])("%s", (_label, source, target, expected) => {
    expect(isAssignable(source, target)).toBe(expected);
  });
});
