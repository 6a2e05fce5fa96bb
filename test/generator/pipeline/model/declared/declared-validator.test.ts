import { describe, expect, test } from "vitest";
import { DeclaredValidator } from "../../../../../generator/pipeline/model/declared/declared-validator.js";

const context = { type: "object", properties: { tier: { type: "string" } } };

describe("DeclaredValidator", () => {
  test("compiles every top-level schema up front, so a schema ajv rejects fails construction, not a later check", () => {
    const values = { pricing: { type: "object", properties: { plan: { type: "string", pattern: "*/ evil()" } } } };
    expect(() => new DeclaredValidator({ context, values })).toThrow(/Invalid regular expression/);
    expect(() => new DeclaredValidator({ context, $defs: { Code: { type: "string", pattern: "(" } } })).toThrow(/Invalid regular expression/);
  });

  test("checks values against the schema at a pointer", () => {
    const validator = new DeclaredValidator({ context, values: { plan: { enum: ["basic", "premium"] } }, $defs: { Tier: { type: "string" } } });
    expect(validator.problemWith("#/values/plan", "basic")).toBeUndefined();
    expect(validator.problemWith("#/values/plan", "gold")).toBe("must be equal to one of the allowed values");
    expect(validator.problemWith("#/context/properties/tier", 3)).toBe("must be string");
  });
});
