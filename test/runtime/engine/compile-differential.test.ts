import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../../runtime/engine/actions.js";
import { compileDocument } from "../../../runtime/engine/compile.js";
import { pythonTruthy } from "../../../runtime/engine/python-values.js";
import type { JsonValue, RuleAction } from "../../../runtime/types.js";

// Random documents built from a small pool of conditions (so that features share
// conditions and keys), checked against a naive evaluator written straight from the
// rule semantics: rules in order, conditions in order, `context.get(key)` per condition.

type Condition = { action: RuleAction; key: string; value: JsonValue };
type Rule = { when_match: JsonValue; conditions: Condition[] };
type Feature = { default: JsonValue; boolean_type: boolean; rules?: Record<string, Rule> };

const KEYS = ["tier", "region", "age", "tags"];
const POOL: readonly Condition[] = [
  { action: "EQUALS", key: "tier", value: "premium" },
  { action: "EQUALS", key: "age", value: 30 },
  { action: "NOT_EQUALS", key: "tier", value: "free" },
  { action: "IN", key: "tier", value: ["premium", "gold", 1] },
  { action: "NOT_IN", key: "region", value: ["eu-west-1"] },
  { action: "KEY_IN_VALUE", key: "region", value: "eu-west-1 us-east-1" },
  { action: "STARTSWITH", key: "region", value: "eu-" },
  { action: "ENDSWITH", key: "region", value: "-1" },
  { action: "KEY_LESS_THAN_VALUE", key: "age", value: 18 },
  { action: "KEY_GREATER_THAN_OR_EQUAL_VALUE", key: "age", value: 21 },
  { action: "KEY_GREATER_THAN_VALUE", key: "tier", value: "g" },
  { action: "VALUE_IN_KEY", key: "tags", value: "beta" },
  { action: "ANY_IN_VALUE", key: "tags", value: ["beta", "internal"] },
  { action: "MODULO_RANGE", key: "age", value: { BASE: 10, START: 0, END: 4 } },
  { action: "SCHEDULE_BETWEEN_DAYS_OF_WEEK", key: "CURRENT_DAY_OF_WEEK", value: { DAYS: ["MONDAY", "TUESDAY"] } },
];
const CONTEXT_VALUES: Readonly<Record<string, readonly unknown[]>> = {
  tier: ["premium", "gold", "free", 1, true, null, undefined],
  region: ["eu-west-1", "eu-central-1", "us-east-1", 5, null],
  age: [3, 18, 21, 30, 65.5, "30", true, null],
  tags: [["beta"], [], ["internal", "x"], "beta-tester", null],
};
const RESULTS: readonly JsonValue[] = [true, false, "x", "", 0, 2, [], [1], {}, { a: 1 }, null];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function randomFeature(next: () => number): Feature {
  const booleanType = next() < 0.5;
  const result = () => (booleanType ? next() < 0.5 : pick(next, RESULTS));
  const feature: Feature = { default: booleanType ? next() < 0.5 : pick(next, RESULTS.slice(0, -1)), boolean_type: booleanType };
  if (next() < 0.15) return feature;
  const rules: Record<string, Rule> = {};
  const ruleCount = 1 + Math.floor(next() * 4);
  for (let index = 0; index < ruleCount; index++) {
    const conditions = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, POOL));
    rules[`rule ${index}`] = { when_match: result(), conditions };
  }
  return { ...feature, rules };
}

function referenceValue(feature: Feature, context: Record<string, unknown>, clock: () => Date): { value: unknown; rule?: string } {
  for (const [name, rule] of Object.entries(feature.rules ?? {})) {
    const holds = rule.conditions.every(({ action, key, value }) => {
      const entry = Object.hasOwn(context, key) ? context[key] : undefined;
      return ACTIONS[action].compile(value, clock)(entry === undefined ? null : entry);
    });
    if (holds) return { value: rule.when_match, rule: name };
  }
  return { value: feature.default };
}

describe("compileDocument against a naive evaluator", () => {
  it("agrees on evaluate, evaluateDetails and getEnabledFeatures for random documents", () => {
    const next = random(20261202);
    for (let round = 0; round < 200; round++) {
      const now = new Date(next() < 0.5 ? "2024-05-06T12:00:00Z" : "2024-05-09T12:00:00Z");
      const frozenClock = () => now;
      const document = Object.fromEntries(Array.from({ length: 1 + Math.floor(next() * 12) }, (_, index) => [`f${index}`, randomFeature(next)]));
      const compiled = compileDocument(document, { clock: frozenClock });
      for (let sample = 0; sample < 10; sample++) {
        const context: Record<string, unknown> = {};
        for (const key of KEYS) if (next() < 0.85) context[key] = pick(next, CONTEXT_VALUES[key] ?? []);
        const expectedEnabled: string[] = [];
        for (const [name, feature] of Object.entries(document)) {
          const expected = referenceValue(feature, context, frozenClock);
          expect(compiled.evaluate(name, context, "caller")).toEqual(expected.value);
          expect(compiled.evaluateDetails(name, context, "caller").rule).toBe(expected.rule);
          if (pythonTruthy(expected.value)) expectedEnabled.push(name);
        }
        expect(compiled.getEnabledFeatures(context)).toEqual(expectedEnabled);
      }
    }
  });
});
