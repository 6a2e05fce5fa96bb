import { describe, expect, it } from "vitest";
import type { JsonValue } from "../../../../runtime/types.js";
import { BOOLEAN, JSON_ANY, JSON_OBJECT, NULL, NUMBER, STRING, typeOfJson, type TsType } from "../../../../generator/pipeline/model/ts-type.js";

const ARRAY_MARK: TsType = { kind: "reference", name: "ArrayMark" };
const COMPOUND = { array: () => ARRAY_MARK, object: () => JSON_OBJECT };

describe("typeOfJson", () => {
  it.each<[JsonValue, TsType]>([
    [null, NULL],
    ["gold", STRING],
    ["", STRING],
    [0, NUMBER],
    [false, BOOLEAN],
    [[], ARRAY_MARK],
    [[1, "a"], ARRAY_MARK],
    [{}, JSON_OBJECT],
    [{ constructor: 1 }, JSON_OBJECT],
  ])("types %j", (value, expected) => {
    expect(typeOfJson(value, COMPOUND)).toEqual(expected);
  });

  it("hands arrays and objects to the caller as they are", () => {
    const items = [1, 2];
    const object = { a: 1 };
    const seen: unknown[] = [];
    const recording = {
      array: (value: JsonValue[]) => (seen.push(value), JSON_ANY),
      object: (value: { readonly [key: string]: JsonValue }) => (seen.push(value), JSON_ANY),
    };
    typeOfJson(items, recording);
    typeOfJson(object, recording);
    expect(seen[0]).toBe(items);
    expect(seen[1]).toBe(object);
  });
});
