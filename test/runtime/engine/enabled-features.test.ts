import { describe, expect, it } from "vitest";
import { enabledFeatures } from "../../../runtime/engine/enabled-features.js";
import { RuleProgram } from "../../../runtime/engine/rule-program.js";
import type { JsonObject } from "../../../runtime/engine/json-shape.js";
import { countingContext } from "./counting-context.js";

const condition = (action: string, key: string, value: unknown) => ({ action, key, value });
const rule = (whenMatch: unknown, ...conditions: unknown[]) => ({ when_match: whenMatch, conditions });

function enabledIn(document: Record<string, JsonObject>, context: Record<string, unknown>, clock = () => new Date(0)): string[] {
  const names = Object.keys(document);
  const program = new RuleProgram(names.map((name) => document[name] as JsonObject), clock);
  return enabledFeatures(program, names, context);
}

const document = {
  on: { default: true },
  off: { default: false, rules: {} },
  premium: { default: false, rules: { r: rule(true, condition("EQUALS", "tier", "premium")) } },
  premium_eu: {
    default: false,
    rules: { r: rule(true, condition("EQUALS", "tier", "premium"), condition("STARTSWITH", "region", "eu-")) },
  },
  label: {
    default: "",
    boolean_type: false,
    rules: {
      first: rule([], condition("EQUALS", "tier", "premium")),
      second: rule("x", condition("NOT_EQUALS", "tier", "gold")),
    },
  },
};

describe("enabledFeatures", () => {
  it("lists features whose value is truthy, in document order; the first matching rule decides", () => {
    expect(enabledIn(document, { tier: "premium", region: "eu-west-1" })).toEqual(["on", "premium", "premium_eu"]);
    expect(enabledIn(document, { tier: "free" })).toEqual(["on", "label"]);
    expect(enabledIn(document, { tier: "gold" })).toEqual(["on"]);
  });

  it("reads each context key at most once per call, and only keys some condition reaches", () => {
    const premium = countingContext({ tier: "premium", region: "eu-west-1" });
    enabledIn(document, premium.context);
    expect(Object.fromEntries(premium.reads)).toEqual({ tier: 1, region: 1 });
    const free = countingContext({ tier: "free", region: "eu-west-1" });
    enabledIn(document, free.context);
    expect(Object.fromEntries(free.reads)).toEqual({ tier: 1 });
    expect(free.ownChecks.has("region")).toBe(false);
  });

  it("never reads inherited or polluted entries", () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype["tier"] = "premium";
    try {
      expect(enabledIn(document, {})).toEqual(["on", "label"]);
      expect(enabledIn(document, Object.create({ tier: "premium" }) as Record<string, unknown>)).toEqual(["on", "label"]);
    } finally {
      delete prototype["tier"];
    }
  });

  it("reads the clock once for each schedule condition it evaluates", () => {
    let reads = 0;
    const monday = () => {
      reads++;
      return new Date("2024-05-06T12:00:00Z");
    };
    const onMonday = condition("SCHEDULE_BETWEEN_DAYS_OF_WEEK", "CURRENT_DAY_OF_WEEK", { DAYS: ["MONDAY"] });
    const scheduled = {
      a: { default: false, rules: { r: rule(true, onMonday) } },
      b: { default: false, rules: { r: rule(true, condition("EQUALS", "tier", "x"), onMonday) } },
      c: { default: false, rules: { r: rule(true, onMonday) } },
    };
    expect(enabledIn(scheduled, {}, monday)).toEqual(["a", "c"]);
    expect(reads).toBe(2);
  });

  it("decides each distinct condition at most once per call", () => {
    const profileIsA = condition("EQUALS", "profile", { a: 1 });
    const shared = {
      x: { default: false, rules: { r: rule(true, profileIsA) } },
      y: { default: false, rules: { r: rule(true, condition("EQUALS", "tier", "gold"), profileIsA), s: rule(true, profileIsA) } },
      z: { default: true, rules: { r: rule(false, condition("EQUALS", "profile", { a: 1 })) } },
    };
    const profile = countingContext({ a: 1 });
    expect(enabledIn(shared, { profile: profile.context })).toEqual(["x", "y"]);
    expect(profile.reads.get("a")).toBe(1);
  });
});
