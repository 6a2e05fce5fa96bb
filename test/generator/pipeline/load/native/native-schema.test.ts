import { Ajv, type ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { compileSchema, NATIVE_FLAGS_SCHEMA as FEATURE_FLAGS_SCHEMA, validateNativeSchema } from "../../../../../generator/pipeline/load/native/native-schema.js";
import { DOCUMENT_A, DOCUMENT_B, DOCUMENT_C, DOCUMENT_D } from "../../../../support/native/doc-examples.js";

const validator = compileSchema;
const validate = validator(FEATURE_FLAGS_SCHEMA);
const errorsOf = (document: unknown): ErrorObject[] => validateNativeSchema(document);

describe("FEATURE_FLAGS_SCHEMA (root $ref fix) with ajv 8", () => {
  it.each([
    ["A", DOCUMENT_A],
    ["B", DOCUMENT_B],
    ["C", DOCUMENT_C],
    ["D", DOCUMENT_D],
  ])("accepts the doc's example document %s", (_, document) => {
    expect(errorsOf(document)).toEqual([]);
  });

  it("accepts the smallest document", () => {
    expect(validate({ version: "1" })).toBe(true);
  });

  it("needs Ajv's strict mode off: AWS's schema trips several strict checks", () => {
    const strict = new Ajv({ allErrors: true });
    strict.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
    expect(() => strict.compile(FEATURE_FLAGS_SCHEMA)).toThrow(/^strict mode: /);
  });

  it("is the published schema with only the root type/additionalProperties removed", () => {
    const published = { ...FEATURE_FLAGS_SCHEMA, type: "object", additionalProperties: false };
    expect(validator(published)(DOCUMENT_A)).toBe(false);
    expect(Object.keys(FEATURE_FLAGS_SCHEMA)).toEqual(["$schema", "definitions", "$ref"]);
  });

  it.each([
    ["version as the number 1", { version: 1 }],
    ["an unknown top-level key", { version: "1", extra: true }],
    ["a flag key starting with an uppercase letter", { version: "1", flags: { Beta: {} } }],
    ["a flag key longer than 64 characters", { version: "1", flags: { ["a".repeat(65)]: {} } }],
    ["a name with a newline", { version: "1", flags: { a: { name: "x\ny" } } }],
    ["a malformed deprecation date", { version: "1", flags: { a: { _deprecation: { date: "2027-13-01" } } } }],
    ["pattern together with enum", { version: "1", flags: { a: { attributes: { t: { constraints: { type: "string", pattern: "x", enum: ["x"] } } } } } }],
    ["a fractional number bound", { version: "1", flags: { a: { attributes: { n: { constraints: { type: "number", minimum: 0.5 } } } } } }],
    ["an unknown constraint keyword", { version: "1", flags: { a: { attributes: { n: { constraints: { type: "number", step: 1 } } } } } }],
    ["constraints without type", { version: "1", flags: { a: { attributes: { n: { constraints: { required: true } } } } } }],
    ["an empty array value", { version: "1", values: { a: { enabled: true, list: [] } } }],
    ["a mixed array value", { version: "1", values: { a: { enabled: true, list: ["a", 1] } } }],
    ["attributeValues on a basic value (AWS's own CLI example)", { version: "1", values: { a: { enabled: true, attributeValues: { x: 1 } } } }],
    ["a variant without enabled", { version: "1", values: { a: { _variants: [{ name: "d" }] } } }],
  ])("rejects %s", (_, document) => {
    expect(errorsOf(document)).not.toEqual([]);
  });

  it.each([
    ["40 variants", { version: "1", values: { a: { _variants: Array.from({ length: 40 }, (_, i) => ({ name: `v${i}`, enabled: true })) } } }],
    ["101 enum entries", { version: "1", flags: { a: { attributes: { t: { constraints: { type: "string", enum: Array.from({ length: 101 }, (_, i) => `e${i}`) } } } } } }],
    ["26 attribute values in a basic value", { version: "1", values: { a: { enabled: true, ...Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`k${i}`, i])) } } }],
    ["enabled as an attribute key", { version: "1", flags: { a: { attributes: { enabled: {} } } } }],
  ])("lets %s through (stored-check catches it)", (_, document) => {
    expect(errorsOf(document)).toEqual([]);
  });
});
