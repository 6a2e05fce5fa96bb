import { describe, expect, it } from "vitest";
import { checkStoredDocument } from "../../../../../../generator/pipeline/load/native/stored/stored-check.js";
import type { StoredFinding } from "../../../../../../generator/pipeline/load/native/stored/stored-finding.js";
import { DOCUMENT_A, DOCUMENT_B, DOCUMENT_C, DOCUMENT_D } from "../../../../../support/native/doc-examples.js";

/** Findings as `severity path: message` (plus `@offset` inside rules). */
function lines(document: unknown): string[] {
  return checkStoredDocument(document).map((finding: StoredFinding) => {
    const at = finding.offset === undefined ? "" : ` @${finding.offset}+${finding.length}`;
    return `${finding.severity} ${finding.path.join(".")}${at}: ${finding.message}`;
  });
}

const checkout = DOCUMENT_A.flags.checkout_v2;
const withValue = (value: Record<string, unknown>) => ({ version: "1", flags: { checkout_v2: checkout }, values: { checkout_v2: value } });
const good = { enabled: true, max_items: 50, theme: "dark", regions: ["eu-west-1"], beta_badge: false };

describe("checkStoredDocument: the doc's examples are clean", () => {
  it.each([
    ["A", DOCUMENT_A],
    ["B", DOCUMENT_B],
    ["C", DOCUMENT_C],
    ["D", DOCUMENT_D],
  ])("%s", (_, document) => {
    expect(lines(document)).toEqual([]);
  });

  it("never throws on shapes the schema rejects", () => {
    for (const document of [null, 1, [], { flags: 1, values: [] }, { flags: { a: 1 }, values: { a: 1 } }, { flags: { a: {} }, values: { a: { _variants: [1, null] } } }]) {
      expect(() => checkStoredDocument(document)).not.toThrow();
    }
  });
});

describe("checkStoredDocument: flags and values", () => {
  it("requires every values key to name a defined flag, and warns about flags without a value", () => {
    expect(lines({ version: "1", flags: { a: {} }, values: { ghost: { enabled: true } } })).toEqual([
      "warning flags.a: flag a has no entry in values: it is served as disabled",
      "error values.ghost: no flag ghost is defined in flags: every value needs a definition",
    ]);
  });

  it("reserves enabled as an attribute key", () => {
    expect(lines({ version: "1", flags: { a: { attributes: { enabled: { constraints: { type: "boolean" } } } } }, values: { a: { enabled: true } } })).toEqual([
      'error flags.a.attributes.enabled: "enabled" is reserved and cannot be an attribute key',
    ]);
  });

  it("warns when a basic value has no enabled", () => {
    expect(lines({ version: "1", flags: { a: {} }, values: { a: {} } })).toEqual(["warning values.a: enabled is missing: the flag is served as disabled"]);
  });
});

describe("checkStoredDocument: attribute values satisfy their constraints", () => {
  it.each([
    [{ ...good, max_items: 0 }, ["error values.checkout_v2.max_items: 0 is below the minimum 1"]],
    [{ ...good, max_items: 501 }, ["error values.checkout_v2.max_items: 501 is above the maximum 500"]],
    [{ ...good, max_items: "50" }, ["error values.checkout_v2.max_items: expected a number, found a string"]],
    [{ ...good, theme: "blue" }, ['error values.checkout_v2.theme: "blue" is not one of "light", "dark"']],
    [{ ...good, regions: ["eu-west"] }, ["error values.checkout_v2.regions.0: \"eu-west\" does not match the pattern ^[a-z]{2}-[a-z]+-\\d$"]],
    [{ ...good, regions: [1] }, ["error values.checkout_v2.regions.0: expected a string, found a number"]],
    [{ ...good, regions: "eu-west-1" }, ["error values.checkout_v2.regions: expected an array, found a string"]],
    [{ ...good, regions: [] }, ["error values.checkout_v2.regions: empty arrays are not allowed (AWS's schema rejects them: both array branches match)"]],
    [{ ...good, regions: ["eu-west-1", 2] }, ["error values.checkout_v2.regions: an array attribute holds only strings or only numbers"]],
    [{ ...good, beta_badge: "no" }, ["error values.checkout_v2.beta_badge: expected a boolean, found a string"]],
    [{ ...good, color: "red" }, ["warning values.checkout_v2.color: attribute color is not declared in the flag's definition"]],
    [{ enabled: true, theme: "dark" }, ["error values.checkout_v2.max_items: required attribute max_items is missing"]],
    [{ enabled: false }, []],
    [{ enabled: false, max_items: 0 }, ["error values.checkout_v2.max_items: 0 is below the minimum 1"]],
  ])("%j", (value, expected) => {
    expect(lines(withValue(value))).toEqual(expected);
  });

  it("matches an integer entry of a string enum by its decimal text", () => {
    const document = { version: "1", flags: { a: { attributes: { t: { constraints: { type: "string", enum: [1, "two"] } } } } }, values: { a: { enabled: true, t: "1" } } };
    expect(lines(document)).toEqual([]);
  });

  it("checks attribute definitions: enum size, pattern validity, bounds", () => {
    const document = {
      version: "1",
      flags: {
        a: {
          attributes: {
            e: { constraints: { type: "string", enum: Array.from({ length: 101 }, (_, i) => `v${i}`) } },
            p: { constraints: { type: "array", elements: { type: "string", pattern: "([a-z]" } } },
            n: { constraints: { type: "number", minimum: 5, maximum: 1 } },
          },
        },
      },
      values: { a: { enabled: false } },
    };
    expect(lines(document)).toEqual([
      "error flags.a.attributes.e.constraints.enum: an enum holds at most 100 entries, found 101",
      "error flags.a.attributes.p.constraints.elements.pattern: ([a-z] is not a valid regular expression",
      "error flags.a.attributes.n.constraints: minimum 5 is above maximum 1: no value can satisfy it",
    ]);
  });

  it("allows at most 25 attribute values per basic value", () => {
    const values = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`k${i}`, i]));
    const attributes = Object.fromEntries(Array.from({ length: 26 }, (_, i) => [`k${i}`, {}]));
    expect(lines({ version: "1", flags: { a: { attributes } }, values: { a: { enabled: true, ...values } } })).toEqual([
      "error values.a: at most 25 attribute values are allowed, found 26",
    ]);
  });
});

describe("checkStoredDocument: variants", () => {
  const flags = { f: { attributes: { text: { constraints: { type: "string", required: true } } } } };
  const variants = (list: unknown[], extra: Record<string, unknown> = {}) => ({ version: "1", flags, values: { f: { _variants: list, ...extra } } });

  it("wants the default last and rule-less, and a rule on every other variant", () => {
    expect(lines(variants([{ name: "D", enabled: false }, { name: "R", enabled: false, rule: '(eq $a "x")' }]))).toEqual([
      "error values.f._variants.0: only the last (default) variant may lack a rule",
      "error values.f._variants.1: the default (last) variant must not have a rule",
    ]);
  });

  it("counts an empty rule as a rule", () => {
    expect(lines(variants([{ name: "A", enabled: false, rule: "" }, { name: "D", enabled: false, rule: "" }]))).toEqual([
      'error values.f._variants.0.rule @0+1: empty rule: expected an expression such as (eq $plan "pro")',
      "error values.f._variants.1: the default (last) variant must not have a rule",
    ]);
  });

  it("parses and checks every rule, with offsets inside the rule", () => {
    expect(
      lines(variants([
        { name: "A", enabled: false, rule: "(gt $t 2024-01)" },
        { name: "B", enabled: false, rule: "(and (gt $age true) (split pct::200 by::$u))" },
        { name: "C", enabled: false, rule: "(in $plan [])" },
        { name: "D", enabled: false },
      ])),
    ).toEqual([
      "error values.f._variants.0.rule @7+7: timestamp 2024-01 needs a trailing T in Ion (write 2024-01T)",
      "error values.f._variants.1.rule @14+4: gt orders numbers and timestamps, not booleans",
      "error values.f._variants.1.rule @32+3: split pct:: must be from 0 to 100, found 200",
      "warning values.f._variants.2.rule @10+2: in with an empty list is never true",
    ]);
  });

  it("allows at most 32 variants", () => {
    const list = Array.from({ length: 33 }, (_, i) => (i === 32 ? { name: "D", enabled: false } : { name: `v${i}`, enabled: false, rule: '(exists key::"k")' }));
    expect(lines(variants(list))).toEqual(["error values.f._variants: a flag has at most 32 variants, found 33"]);
  });

  it("checks attribute values of variants; required applies to enabled variants only", () => {
    expect(
      lines(variants([
        { name: "A", enabled: true, rule: '(exists key::"k")', attributeValues: { text: 5 } },
        { name: "B", enabled: true, rule: '(exists key::"j")' },
        { name: "D", enabled: false },
      ])),
    ).toEqual([
      "error values.f._variants.0.attributeValues.text: expected a string, found a number",
      "error values.f._variants.1.attributeValues.text: required attribute text is missing",
    ]);
  });

  it("warns about duplicate variant names and about siblings of _variants", () => {
    const document = variants([{ name: "X", enabled: false, rule: '(exists key::"k")' }, { name: "X", enabled: false }], { enabled: true, text: "t" });
    expect(lines(document)).toEqual([
      "warning values.f.enabled: enabled beside _variants is undocumented; the variants decide the answer",
      "warning values.f.text: text beside _variants is undocumented; the variants decide the answer",
      'warning values.f._variants.1.name: variant name "X" is already used by variant 0',
    ]);
  });
});
