import { describe, expect, it } from "vitest";
import { checkDocumentBounds, MAX_DEPTH, MAX_NODES } from "../../../runtime/engine/document-bounds.js";
import { compileDocument } from "../../../runtime/engine/compile.js";
import { validateDocument } from "../../../runtime/engine/validate.js";

/** `levels` nested arrays around `leaf`, built without recursion. */
function nested(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

function withConditionValue(value: unknown) {
  return { f: { default: false, rules: { r: { when_match: true, conditions: [{ action: "EQUALS", key: "k", value }] } } } };
}

// The condition value sits at level 7: document, feature, rules, rule, conditions, condition, value.
const VALUE_LEVEL = 7;

describe("depth bound", () => {
  it("accepts nesting up to MAX_DEPTH levels and rejects the level beyond, at its path", () => {
    const deepest = withConditionValue(nested(MAX_DEPTH - VALUE_LEVEL + 1));
    expect(validateDocument(deepest)).toEqual([]);
    const tooDeep = withConditionValue(nested(MAX_DEPTH - VALUE_LEVEL + 2));
    const path = ["f", "rules", "r", "conditions", 0, "value", ...Array.from({ length: MAX_DEPTH - VALUE_LEVEL + 1 }, () => 0)];
    expect(validateDocument(tooDeep)).toEqual([{ path, message: `nests arrays/objects deeper than ${MAX_DEPTH} levels` }]);
  });

  it("handles hostile nesting (100,000 levels) without recursion", () => {
    const started = performance.now();
    const issues = validateDocument({ f: { default: true, description: nested(100_000) } });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/deeper than 64 levels/);
    expect(performance.now() - started).toBeLessThan(10_000); // a hang or a recursive walk, not a slow machine
  });

  it("rejects cyclic documents instead of looping", () => {
    const cyclic: Record<string, unknown> = { default: true };
    cyclic["self"] = cyclic;
    expect(validateDocument({ f: cyclic })[0]?.message).toMatch(/deeper than/);
  });

  it("keeps reporting schema defects next to a depth defect", () => {
    const issues = validateDocument({ f: { default: "x", description: nested(100) } });
    expect(issues.map((issue) => issue.path.slice(0, 2))).toEqual([["f", "description"], ["f", "default"]]);
  });
});

describe("size bound", () => {
  it("rejects a document with more than MAX_NODES values before walking it", () => {
    const started = performance.now();
    const huge = { f: { default: true, description: new Array<number>(MAX_NODES + 1).fill(0) } };
    expect(validateDocument(huge)).toEqual([{ path: [], message: `document holds more than ${MAX_NODES} values` }]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("rejects a sparse array of enormous length without touching its holes", () => {
    const started = performance.now();
    expect(checkDocumentBounds({ f: new Array(2 ** 31) }).tooLarge).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000); // touching 2^31 holes would take minutes
  });

  it("accepts and compiles a large but bounded document quickly", () => {
    const document: Record<string, unknown> = {};
    for (let index = 0; index < 20_000; index++) {
      document[`flag_${index}`] = { default: false, rules: { r: { when_match: true, conditions: [{ action: "IN", key: "k", value: ["a", "b", index] }] } } };
    }
    const started = performance.now();
    const compiled = compileDocument(document);
    expect(compiled.evaluate("flag_19999", { k: 19999 }, null)).toBe(true);
    expect(performance.now() - started).toBeLessThan(15_000); // linear; a quadratic compile would take minutes
  });
});

describe("plain JSON only", () => {
  it.each([
    [NaN, "NaN"],
    [Infinity, "Infinity"],
    [new Date(0), "a Date"],
    [new Map(), "a Map"],
    [() => true, "function"],
    [10n, "bigint"],
  ])("rejects %s with its path", (value, description) => {
    expect(checkDocumentBounds({ f: { default: true, extra: [value] } }).issues).toEqual([
      { path: ["f", "extra", 0], message: `is not a JSON value (${description})` },
    ]);
  });

  it("treats members holding undefined as absent but rejects undefined array items", () => {
    expect(checkDocumentBounds({ f: { default: true, rules: undefined } }).issues).toEqual([]);
    expect(checkDocumentBounds({ f: [undefined] }).issues[0]?.path).toEqual(["f", 0]);
  });

  it("accepts null-prototype objects", () => {
    const feature = Object.assign(Object.create(null) as object, { default: true });
    expect(validateDocument({ f: feature })).toEqual([]);
  });
});
