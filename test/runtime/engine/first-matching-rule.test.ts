import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { firstMatchingRule } from "../../../runtime/engine/first-matching-rule.js";
import { RuleProgram } from "../../../runtime/engine/rule-program.js";
import { validateDocument } from "../../../runtime/engine/validate.js";
import { countingContext } from "./counting-context.js";

type Definition = { default: unknown; rules?: Record<string, { when_match?: unknown }> | null };

const noClock = () => new Date(0);
const condition = (action: string, key: string, value: unknown) => ({ action, key, value });
const rule = (whenMatch: unknown, ...conditions: unknown[]) => ({ when_match: whenMatch, conditions });

/** The value of a document's only feature through the program, whatever its shape. */
function valueOf(definition: Definition, context: Record<string, unknown>, clock = noClock): unknown {
  const index = firstMatchingRule(new RuleProgram([definition], clock), 0, context);
  return index < 0 ? definition.default : (Object.values(definition.rules ?? {})[index]?.when_match ?? null);
}

describe("firstMatchingRule", () => {
  const plan: Definition = {
    default: "none",
    rules: {
      gold: rule("gold", condition("EQUALS", "tier", "gold"), condition("KEY_GREATER_THAN_VALUE", "age", 17)),
      adult: rule("adult", condition("KEY_GREATER_THAN_VALUE", "age", 17)),
      silver: rule("silver", condition("STARTSWITH", "tier", "s"), condition("ENDSWITH", "tier", "r")),
    },
  };

  it("returns the first rule whose conditions all hold, in document order", () => {
    expect(valueOf(plan, { tier: "gold", age: 30 })).toBe("gold");
    expect(valueOf(plan, { tier: "silver", age: 30 })).toBe("adult");
    expect(valueOf(plan, { tier: "silver", age: 3 })).toBe("silver");
    expect(valueOf(plan, { tier: "sil", age: 3 })).toBe("none");
  });

  it("reads each key at most once, and only when a condition needs it", () => {
    const { context, reads } = countingContext({ tier: "silver", age: 3 });
    expect(valueOf(plan, context)).toBe("silver");
    expect(Object.fromEntries(reads)).toEqual({ tier: 1, age: 1 });
    const short: Definition = { default: 0, rules: { r: rule(1, condition("EQUALS", "a", 1), condition("EQUALS", "b", 1)) } };
    const counted = countingContext({ a: 2, b: 1 });
    expect(valueOf(short, counted.context)).toBe(0);
    expect(counted.reads.has("b") || counted.ownChecks.has("b")).toBe(false);
  });

  it("reads own properties only: missing, undefined and inherited entries are null", () => {
    const nullable: Definition = { default: false, rules: { r: rule(true, condition("IN", "k", [null]), condition("NOT_EQUALS", "j", 1)) } };
    expect(valueOf(nullable, {})).toBe(true);
    expect(valueOf(nullable, { k: undefined })).toBe(true);
    expect(valueOf(nullable, Object.create({ k: 1, j: 1 }) as Record<string, unknown>)).toBe(true);
    const prototype = Object.prototype as Record<string, unknown>;
    prototype["k"] = "polluted";
    try {
      expect(valueOf(nullable, {})).toBe(true);
    } finally {
      delete prototype["k"];
    }
  });
});

interface EvaluateCase {
  readonly id: string;
  readonly op: string;
  readonly document: Record<string, Definition>;
  readonly flag: string;
  readonly context: Record<string, unknown>;
  readonly now: string | null;
  readonly expect: { readonly value?: unknown };
}

// The engine sends one-condition features down their own fast path; run every
// evaluate vector through the program as well, so the program answers them all too.
describe("conformance vectors through the rule program", () => {
  const directory = new URL("../../fixtures/conformance/", import.meta.url);
  for (const file of readdirSync(directory).filter((name) => name.endsWith(".json"))) {
    const { cases } = JSON.parse(readFileSync(new URL(file, directory), "utf8")) as { cases: EvaluateCase[] };
    const usable = cases.filter(
      (testCase) => testCase.op === "evaluate" && "value" in testCase.expect && Object.hasOwn(testCase.document, testCase.flag),
    );
    if (usable.length === 0) continue;
    it(`${file}: ${usable.length} vectors`, () => {
      for (const testCase of usable) {
        expect(validateDocument(testCase.document)).toEqual([]);
        const clock = () => new Date(testCase.now ?? 0);
        const actual = valueOf(testCase.document[testCase.flag] as Definition, testCase.context, clock);
        expect({ id: testCase.id, value: actual }).toEqual({ id: testCase.id, value: testCase.expect.value });
      }
    });
  }
});
