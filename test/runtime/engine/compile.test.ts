import { describe, expect, it } from "vitest";
import { compileDocument } from "../../../runtime/engine/compile.js";
import { DocumentValidationError } from "../../../runtime/errors.js";

const condition = (action: string, key: string, value: unknown) => ({ action, key, value });
const rule = (whenMatch: unknown, ...conditions: unknown[]) => ({ when_match: whenMatch, conditions });

describe("evaluate", () => {
  it("returns the first matching rule's value, in document order", () => {
    const compiled = compileDocument({
      plan: {
        default: "none",
        boolean_type: false,
        rules: {
          first: rule("first", condition("EQUALS", "tier", "gold")),
          second: rule(false, condition("KEY_GREATER_THAN_VALUE", "age", 17)),
          third: rule("third", condition("KEY_GREATER_THAN_VALUE", "age", 17)),
          fourth: rule("fourth", condition("STARTSWITH", "tier", "s"), condition("ENDSWITH", "tier", "r")),
        },
      },
    });
    expect(compiled.evaluate("plan", { tier: "gold", age: 30 }, "dflt")).toBe("first");
    expect(compiled.evaluate("plan", { tier: "x", age: 30 }, "dflt")).toBe(false);
    expect(compiled.evaluate("plan", { tier: "silver", age: 3 }, "dflt")).toBe("fourth");
    expect(compiled.evaluate("plan", { tier: "sil", age: 3 }, "dflt")).toBe("none");
  });

  it("requires every condition of a rule (logical AND)", () => {
    const compiled = compileDocument({
      f: { default: false, rules: { r: rule(true, ...["a", "b", "c"].map((key) => condition("EQUALS", key, 1))) } },
    });
    expect(compiled.evaluate("f", { a: 1, b: true, c: 1.0 }, null)).toBe(true);
    expect(compiled.evaluate("f", { a: 1, b: 1 }, null)).toBe(false);
  });

  it("returns non-boolean values exactly as stored, absent when_match as null", () => {
    const compiled = compileDocument({
      limits: { default: { max: [1, 2] }, boolean_type: false, rules: { r: { conditions: [condition("EQUALS", "k", 1)] } } },
      zero: { default: 0, boolean_type: null },
    });
    expect(compiled.evaluate("limits", {}, null)).toEqual({ max: [1, 2] });
    expect(compiled.evaluate("limits", { k: 1 }, "caller")).toBeNull();
    expect(compiled.evaluate("zero", {}, 5)).toBe(0);
  });

  it("returns the caller's default, untouched, only for an absent flag", () => {
    const compiled = compileDocument(JSON.parse('{"__proto__": {"default": true}, "f": {"default": false}}'));
    const callerDefault = { mine: true };
    for (const name of ["missing", "constructor", "toString", "hasOwnProperty", "F"]) {
      expect(compiled.evaluate(name, {}, callerDefault)).toBe(callerDefault);
    }
    expect(compiled.evaluate("__proto__", {}, callerDefault)).toBe(true);
    expect(compiled.has("__proto__")).toBe(true);
    expect(compiled.has("constructor")).toBe(false);
  });

  it("throws DocumentValidationError listing every defect", () => {
    let caught: unknown;
    try {
      compileDocument({ a: { default: 1 }, b: {} });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DocumentValidationError);
    expect((caught as DocumentValidationError).issues.map((issue) => issue.path)).toEqual([["a", "default"], ["b"]]);
  });
});

describe("context lookup", () => {
  const compiled = compileDocument({
    missing: { default: false, rules: { r: rule(true, condition("NOT_EQUALS", "tier", "x")) } },
    null_in: { default: false, rules: { r: rule(true, condition("IN", "tier", [null])) } },
    proto: { default: false, rules: { r: rule(true, condition("IN", "__proto__", ["b"])) } },
    ctor: { default: false, rules: { r: rule(true, condition("IN", "constructor", [null])) } },
    case: { default: false, rules: { r: rule(true, condition("EQUALS", "Tier", "gold")) } },
  });

  it("treats a missing key as null", () => {
    expect(compiled.evaluate("missing", {}, null)).toBe(true);
    expect(compiled.evaluate("null_in", {}, null)).toBe(true);
    expect(compiled.evaluate("null_in", { tier: undefined }, null)).toBe(true);
    expect(compiled.evaluate("null_in", { tier: null }, null)).toBe(true);
  });

  it("reads own properties only, so prototype names are plain keys", () => {
    expect(compiled.evaluate("proto", {}, null)).toBe(false);
    expect(compiled.evaluate("proto", JSON.parse('{"__proto__": "b"}'), null)).toBe(true);
    expect(compiled.evaluate("ctor", {}, null)).toBe(true); // constructor is inherited, so absent: null
    expect(compiled.evaluate("ctor", { constructor: 1 }, null)).toBe(false);
    const inherited = Object.create({ Tier: "gold" }) as Record<string, unknown>;
    expect(compiled.evaluate("case", inherited, null)).toBe(false);
  });

  it("reads a class instance's own properties, never its prototype's", () => {
    class Caller {
      constructor(readonly Tier: string) {}
      get tier(): string {
        return "gold";
      }
    }
    expect(compiled.evaluate("case", new Caller("gold") as unknown as Record<string, unknown>, null)).toBe(true);
    expect(compiled.evaluate("missing", new Caller("x") as unknown as Record<string, unknown>, null)).toBe(true); // inherited getter `tier` is absent
  });

  it("answers each name correctly when lookups alternate between flags", () => {
    const answers = ["missing", "case", "absent", "missing", "absent", "case"].map((name) =>
      compiled.evaluate(name, { Tier: "gold", tier: "x" }, "dflt"),
    );
    expect(answers).toEqual([false, true, "dflt", false, "dflt", true]);
  });

  it("never reads a polluted Object.prototype", () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype["Tier"] = "gold";
    try {
      expect(compiled.evaluate("case", {}, null)).toBe(false);
      expect(compiled.evaluate("case", { Tier: "gold" }, null)).toBe(true);
    } finally {
      delete prototype["Tier"];
    }
  });

  it("matches keys case-sensitively", () => {
    expect(compiled.evaluate("case", { tier: "gold", TIER: "gold" }, null)).toBe(false);
    expect(compiled.evaluate("case", { Tier: "gold" }, null)).toBe(true);
  });

  it("reads a missing context as {}", () => {
    const loose = compiled as unknown as { evaluate(name: string, context: unknown, dflt: unknown): unknown };
    expect(loose.evaluate("missing", undefined, null)).toBe(true);
    expect(loose.evaluate("missing", null, null)).toBe(true);
  });

  it("survives a cyclic context value: recursion is bounded by the document", () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    const deep = compileDocument({
      f: { default: false, rules: { r: rule(true, condition("KEY_LESS_THAN_VALUE", "v", [[[[1]]]])) } },
      g: { default: false, rules: { r: rule(true, condition("VALUE_NOT_IN_KEY", "v", [[[1]]])) } },
    });
    expect(deep.evaluate("f", { v: cyclic }, null)).toBe(false);
    expect(deep.evaluate("g", { v: cyclic }, null)).toBe(true);
  });
});

describe("getEnabledFeatures", () => {
  it("lists features whose value is truthy by Python's rules, in document order", () => {
    const compiled = compileDocument({
      on: { default: true },
      off: { default: false },
      text_false: { default: "false", boolean_type: false },
      empty_text: { default: "", boolean_type: false },
      zero: { default: 0, boolean_type: false },
      list: { default: [0], boolean_type: false },
      empty_object: { default: {}, boolean_type: false },
      by_rule: { default: false, rules: { r: rule(true, condition("EQUALS", "tier", "gold")) } },
      rule_gives_empty: { default: "x", boolean_type: false, rules: { r: rule([], condition("EQUALS", "tier", "gold")) } },
    });
    expect(compiled.getEnabledFeatures({})).toEqual(["on", "text_false", "list", "rule_gives_empty"]);
    expect(compiled.getEnabledFeatures({ tier: "gold" })).toEqual(["on", "text_false", "list", "by_rule"]);
  });

  it("stays sane where Powertools crashes (falsy default, falsy non-object rules)", () => {
    const compiled = compileDocument({ a: { default: false, rules: null }, b: { default: true, rules: [] }, c: { default: 0, boolean_type: false, rules: "" } });
    expect(compiled.getEnabledFeatures({})).toEqual(["b"]);
  });

  it("orders integer-like names first: a JavaScript object cannot keep their document order", () => {
    const compiled = compileDocument(JSON.parse('{"b": {"default": true}, "42": {"default": true}, "1": {"default": true}}'));
    expect(compiled.getEnabledFeatures({})).toEqual(["1", "42", "b"]);
  });
});

describe("isolation from callers", () => {
  it("is unaffected by later changes to the source document", () => {
    const members = ["a"];
    const document = { f: { default: false, rules: { r: rule(true, condition("IN", "k", members)) } } };
    const compiled = compileDocument(document);
    members.push("b");
    document.f.default = true;
    expect(compiled.evaluate("f", { k: "b" }, null)).toBe(false);
  });

  it("returns frozen values, so a caller cannot change later results", () => {
    const compiled = compileDocument({ f: { default: { list: [1] }, boolean_type: false } });
    const value = compiled.evaluate("f", {}, null) as { list: number[] };
    expect(Object.isFrozen(value) && Object.isFrozen(value.list)).toBe(true);
    expect(() => value.list.push(2)).toThrow(TypeError);
    expect(compiled.evaluate("f", {}, null)).toEqual({ list: [1] });
  });

  it("keeps a __proto__ member of a value as data", () => {
    const compiled = compileDocument(JSON.parse('{"f": {"default": {"__proto__": {"x": 1}}, "boolean_type": false}}'));
    const value = compiled.evaluate("f", {}, null) as object;
    expect(Object.keys(value)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe("clock", () => {
  it("is never read while compiling, and read on each schedule evaluation", () => {
    let reads = 0;
    const clock = () => {
      reads++;
      return new Date("2024-05-06T12:00:00Z");
    };
    const compiled = compileDocument(
      { f: { default: false, rules: { r: rule(true, { action: "SCHEDULE_BETWEEN_DAYS_OF_WEEK", key: "CURRENT_DAY_OF_WEEK", value: { DAYS: ["MONDAY"] } }) } }, g: { default: true } },
      { clock },
    );
    expect(reads).toBe(0);
    compiled.evaluate("g", {}, null);
    expect(reads).toBe(0);
    compiled.evaluate("f", {}, null);
    compiled.evaluate("f", {}, null);
    expect(reads).toBe(2);
  });
});
