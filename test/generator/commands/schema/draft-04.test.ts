import { Ajv, type ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { decimalDigitClassMembers, expandDecimalDigitEscapes } from "../../../../generator/commands/schema/decimal-digits.js";
import { draft07ToDraft04, DRAFT_04_KEYWORDS, DRAFT_04_URI, toDraft04Schema } from "../../../../generator/commands/schema/draft-04.js";
import { FEATURE_FLAGS_SCHEMA } from "../../../../generator/pipeline/load/schema/feature-flags-schema.js";
import { conformanceDocuments } from "../../pipeline/load/conformance-documents.js";

type Node = Record<string, unknown>;

/**
 * Ajv 8 has no draft-04 mode (that is the separate ajv-draft-04 package, not installed). Draft-04's
 * keywords are a subset of draft-07's with the same meaning, except `exclusiveMinimum` /
 * `exclusiveMaximum` (booleans in draft-04). So: an Ajv in strict mode, which throws on unknown
 * keywords, with every keyword draft-04 lacks (and those two) removed, compiles only schemas
 * made of draft-04 keywords, and validates them with draft-04's meaning. `$schema` is checked
 * separately because Ajv does not ship the draft-04 meta-schema.
 */
function draft04Ajv(unicodeRegExp = true): Ajv {
  const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: true, meta: false, validateSchema: false, unicodeRegExp });
  const notInDraft04 = [
    "const", "contains", "propertyNames", "if", "then", "else", "examples", "$comment", "contentMediaType", "contentEncoding",
    "contentSchema", "readOnly", "writeOnly", "deprecated", "$defs", "$id", "$vocabulary", "nullable", "$async",
    "exclusiveMinimum", "exclusiveMaximum",
  ];
  for (const keyword of notInDraft04) ajv.removeKeyword(keyword);
  return ajv;
}

function compileDraft04(unicodeRegExp = true): ValidateFunction {
  const { $schema, ...schema } = toDraft04Schema() as Node;
  expect($schema).toBe(DRAFT_04_URI);
  return draft04Ajv(unicodeRegExp).compile(schema);
}

function compileDraft07(): ValidateFunction {
  const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: true });
  ajv.addKeyword({ keyword: "errorMessage", schemaType: "string" });
  return ajv.compile(FEATURE_FLAGS_SCHEMA);
}

/** Every keyword used in schema position (not names inside `properties` nor values inside `enum`). */
function keywordsOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) keywordsOf(item, found);
  if (typeof node !== "object" || node === null || Array.isArray(node)) return found;
  for (const [keyword, value] of Object.entries(node)) {
    found.add(keyword);
    if (["properties", "patternProperties", "definitions"].includes(keyword)) for (const child of Object.values(value as Node)) keywordsOf(child, found);
    else if (["items", "additionalItems", "additionalProperties", "not", "allOf", "anyOf", "oneOf"].includes(keyword)) keywordsOf(value, found);
  }
  return found;
}

/** Documents one edit away from `document`: each node replaced by an empty or wrong value, or removed. */
function mutantsOf(document: unknown): unknown[] {
  const replacements: unknown[] = [null, "", 0, {}, [], true, "09:00", "x"];
  const mutants: unknown[] = [];
  const visit = (node: unknown, rebuild: (value: unknown) => unknown): void => {
    for (const replacement of replacements) mutants.push(rebuild(replacement));
    if (typeof node !== "object" || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      const withChild = (value: unknown): unknown =>
        rebuild(Array.isArray(node) ? node.map((item, index) => (String(index) === key ? value : item)) : { ...node, [key]: value });
      if (!Array.isArray(node)) mutants.push(rebuild(Object.fromEntries(Object.entries(node).filter(([name]) => name !== key))));
      visit(child, withChild);
    }
  };
  visit(document, (value) => value);
  return mutants;
}

describe("toDraft04Schema", () => {
  it("declares draft-04 and uses only draft-04 keywords", () => {
    const schema = toDraft04Schema() as Node;
    expect(schema["$schema"]).toBe("http://json-schema.org/draft-04/schema#");
    expect([...keywordsOf(schema)].filter((keyword) => !DRAFT_04_KEYWORDS.has(keyword))).toEqual([]);
    expect(JSON.stringify(schema)).not.toMatch(/\\\\p\{|"(?:const|if|then|else|propertyNames|errorMessage|\$defs|examples)"/);
  });

  it("compiles under an Ajv that knows draft-04 keywords only, with and without the u flag", () => {
    expect(() => compileDraft04(true)).not.toThrow();
    expect(() => compileDraft04(false)).not.toThrow();
  });

  it("is byte-stable and does not change the shipped schema", () => {
    const before = JSON.stringify(FEATURE_FLAGS_SCHEMA);
    expect(JSON.stringify(toDraft04Schema())).toBe(JSON.stringify(toDraft04Schema()));
    expect(JSON.stringify(FEATURE_FLAGS_SCHEMA)).toBe(before);
  });

  it("accepts every conformance document the reference accepts and rejects the structurally invalid ones", () => {
    const draft04 = compileDraft04();
    const draft07 = compileDraft07();
    const vectors = conformanceDocuments();
    const accepted = vectors.filter((vector) => !vector.rejected);
    expect(accepted.filter((vector) => !draft04(vector.document)).map((vector) => vector.id)).toEqual([]);
    const rejected = vectors.filter((vector) => vector.rejected);
    const structural = rejected.filter((vector) => !draft07(vector.document));
    expect(structural.length).toBeGreaterThan(150);
    expect(structural.filter((vector) => draft04(vector.document)).map((vector) => vector.id)).toEqual([]);
  });

  it("agrees with the draft-07 schema on every conformance document and on edits of them", () => {
    const draft04 = compileDraft04();
    const draft07 = compileDraft07();
    const seen = new Set<string>();
    const documents = conformanceDocuments()
      .map((vector) => vector.document)
      .filter((document) => !seen.has(JSON.stringify(document)) && seen.add(JSON.stringify(document)))
      .filter((_document, index) => index % 4 === 0)
      .flatMap((document) => [document, ...mutantsOf(document)]);
    expect(documents.length).toBeGreaterThan(20_000);
    const disagreements = documents.filter((document) => draft04(document) !== draft07(document));
    expect(disagreements.slice(0, 3)).toEqual([]);
  });

  it.each([
    ["ASCII digits", "09:30", true],
    ["Arabic-Indic digits where the schema allows any digit", "0٩:3٠", true],
    ["mathematical digits beyond the BMP", "0\u{1D7D7}:3\u{1D7CE}", true],
    ["a non-ASCII first digit (the schema wants [01] or 2)", "٠٩:30", false],
    ["an hour of 24", "24:00", false],
    ["a single-digit hour", "9:30", false],
    ["Roman numerals (not Nd)", "Ⅻ:00", false],
  ])("time patterns: %s", (_label, time, valid) => {
    const document = {
      f: { default: true, rules: { r: { when_match: false, conditions: [
        { action: "SCHEDULE_BETWEEN_TIME_RANGE", key: "CURRENT_TIME", value: { START: time, END: "23:59" } },
      ] } } },
    };
    expect(compileDraft04()(document)).toBe(valid);
    expect(compileDraft07()(document)).toBe(valid);
  });

  it("forbids empty rule names without propertyNames", () => {
    const rule = { conditions: [{ action: "EQUALS", key: "k", value: 1 }] };
    expect(compileDraft04()({ f: { default: 1, boolean_type: false, rules: { "": rule } } })).toBe(false);
    expect(compileDraft04()({ f: { default: 1, boolean_type: false, rules: { " ": rule } } })).toBe(true);
  });
});

describe("the explicit decimal digit class", () => {
  it("holds exactly the engine's \\p{Nd}, in BMP and astral planes", () => {
    const explicit = new RegExp(`^[${decimalDigitClassMembers()}]$`, "u");
    const property = /^\p{Nd}$/u;
    const mismatches: number[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (explicit.test(char) !== property.test(char)) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });

  it("expands \\p{Nd} outside and inside classes and leaves other escapes alone", () => {
    const members = decimalDigitClassMembers();
    expect(expandDecimalDigitEscapes("^\\p{Nd}\\d\\\\p$")).toBe(`^[${members}]\\d\\\\p$`);
    expect(expandDecimalDigitEscapes("[a\\p{Nd}]")).toBe(`[a${members}]`);
    expect(() => expandDecimalDigitEscapes("\\p{Lu}")).toThrow("no draft-04 spelling");
  });
});

describe("draft07ToDraft04", () => {
  it.each([
    ["const", { const: "x" }, { enum: ["x"] }],
    ["if/then/else", { if: { type: "string" }, then: { minLength: 1 }, else: { type: "number" } }, {
      anyOf: [{ allOf: [{ type: "string" }, { minLength: 1 }] }, { allOf: [{ not: { type: "string" } }, { type: "number" }] }],
    }],
    ["if/then", { if: { type: "string" }, then: { minLength: 1 } }, { anyOf: [{ not: { type: "string" } }, { minLength: 1 }] }],
    ["if/else", { if: { type: "string" }, else: { type: "number" } }, { anyOf: [{ type: "string" }, { type: "number" }] }],
    ["a conditional next to an anyOf", { anyOf: [{ type: "string" }], if: { type: "string" }, else: { type: "number" } }, {
      anyOf: [{ type: "string" }], allOf: [{ anyOf: [{ type: "string" }, { type: "number" }] }],
    }],
    ["propertyNames minLength 1", { propertyNames: { minLength: 1, errorMessage: "x" }, properties: { a: {} } }, { properties: { "": { not: {} }, a: {} } }],
    ["nested schemas", { definitions: { d: { items: { const: 1 } } } }, { definitions: { d: { items: { enum: [1] } } } }],
  ])("translates %s", (_label, input, expected) => {
    expect(draft07ToDraft04(input)).toEqual(expected);
  });

  it.each([
    ["a draft-06+ keyword without a rule", { contains: { type: "string" } }, 'no draft-04 translation for keyword "contains" at #/contains'],
    ["other propertyNames", { propertyNames: { pattern: "^a" } }, "only propertyNames { minLength: 1 } can be translated"],
    ["const next to enum", { enum: [1], const: 1 }, '"enum" would be set twice'],
    ["a property escape other than \\p{Nd}", { pattern: "\\p{L}" }, "no draft-04 spelling for the pattern escape"],
  ])("refuses %s", (_label, input, message) => {
    expect(() => draft07ToDraft04(input)).toThrow(message);
  });
});
