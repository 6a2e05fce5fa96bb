import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileDocument } from "../../../runtime/engine/compile.js";

const condition = (action: string, key: string, value: unknown) => ({ action, key, value });
const rule = (whenMatch: unknown, ...conditions: unknown[]) => ({ when_match: whenMatch, conditions });

describe("evaluateDetails", () => {
  const compiled = compileDocument({
    banner: { default: true },
    nulled: { default: "off", boolean_type: false, rules: null },
    plan: {
      default: "none",
      boolean_type: false,
      rules: {
        gold: rule("gold", condition("EQUALS", "tier", "gold")),
        adults: rule(false, condition("KEY_GREATER_THAN_VALUE", "age", 17)),
        "also adults": rule("never reached", condition("KEY_GREATER_THAN_VALUE", "age", 17)),
        silent: { conditions: [condition("EQUALS", "tier", "silent")] },
      },
    },
  });

  it("reports STATIC for a feature without rules or with falsy rules", () => {
    expect(compiled.evaluateDetails("banner", { tier: "gold" }, false)).toEqual({ value: true, reason: "STATIC" });
    expect(compiled.evaluateDetails("nulled", {}, "caller")).toEqual({ value: "off", reason: "STATIC" });
  });

  it("names the first matching rule, in document order", () => {
    expect(compiled.evaluateDetails("plan", { tier: "gold", age: 40 }, "caller")).toEqual({ value: "gold", reason: "RULE_MATCH", rule: "gold" });
    expect(compiled.evaluateDetails("plan", { tier: "free", age: 40 }, "caller")).toEqual({ value: false, reason: "RULE_MATCH", rule: "adults" });
    expect(compiled.evaluateDetails("plan", { tier: "silent" }, "caller")).toEqual({ value: null, reason: "RULE_MATCH", rule: "silent" });
  });

  it("reports DEFAULT when rules exist and none matches", () => {
    expect(compiled.evaluateDetails("plan", { tier: "free", age: 3 }, "caller")).toEqual({ value: "none", reason: "DEFAULT" });
    expect(compiled.evaluateDetails("plan", null as never, "caller")).toEqual({ value: "none", reason: "DEFAULT" });
  });

  it("reports FALLBACK with FLAG_NOT_FOUND and the caller's default for an absent flag, prototype names included", () => {
    const callerDefault = { mine: true };
    for (const name of ["missing", "constructor", "__proto__", "toString"]) {
      const details = compiled.evaluateDetails(name, {}, callerDefault);
      expect(details).toMatchObject({ reason: "FALLBACK", errorCode: "FLAG_NOT_FOUND" });
      expect(details.value).toBe(callerDefault);
      expect(details.errorMessage).toContain(JSON.stringify(name));
    }
  });

  it("returns shared frozen results, so explaining allocates nothing per call", () => {
    const first = compiled.evaluateDetails("plan", { tier: "gold" }, "caller");
    expect(compiled.evaluateDetails("plan", { tier: "gold", age: 1 }, "x")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(compiled.evaluateDetails("banner", {}, false)).toBe(compiled.evaluateDetails("banner", { a: 1 }, true));
  });

  it("reads the clock through the rule, like evaluate", () => {
    const window = { START: "2024-06-01T00:00:00", END: "2024-06-30T23:59:59" };
    let now = new Date("2024-06-15T12:00:00Z");
    const sale = compileDocument(
      { sale: { default: false, rules: { june: rule(true, condition("SCHEDULE_BETWEEN_DATETIME_RANGE", "CURRENT_DATETIME", window)) } } },
      { clock: () => now },
    );
    expect(sale.evaluateDetails("sale", {}, null)).toMatchObject({ reason: "RULE_MATCH", rule: "june" });
    now = new Date("2024-07-15T12:00:00Z");
    expect(sale.evaluateDetails("sale", {}, null)).toEqual({ value: false, reason: "DEFAULT" });
  });
});

interface ConformanceCase {
  readonly op: string;
  readonly id: string;
  readonly document: Record<string, { rules?: Record<string, { when_match?: unknown }> | null; default: unknown }>;
  readonly flag?: string;
  readonly context: Record<string, unknown>;
  readonly default?: unknown;
  readonly now: string | null;
  readonly expect: { readonly value?: unknown };
}

const directory = new URL("../../fixtures/conformance/", import.meta.url);
const valueCases = readdirSync(directory)
  .filter((file) => file.endsWith(".json"))
  .flatMap((file) => (JSON.parse(readFileSync(new URL(file, directory), "utf8")) as { cases: ConformanceCase[] }).cases)
  .filter((testCase) => testCase.op === "evaluate" && "value" in testCase.expect);

/** The decision for one flag when its feature keeps only the named rules. */
function withRules(testCase: ConformanceCase, names: readonly string[]) {
  const flag = testCase.flag ?? "";
  const feature = testCase.document[flag];
  const rules = Object.fromEntries(names.map((name) => [name, feature?.rules?.[name]]));
  const document = { ...testCase.document, [flag]: { ...feature, rules } };
  const clock = () => new Date(testCase.now ?? 0);
  return compileDocument(document, { clock }).evaluateDetails(flag, testCase.context, testCase.default);
}

/** Checks a reason independently: the named rule matches alone, and no earlier rule matches alone. */
function expectReasonHolds(testCase: ConformanceCase, details: { reason: string; rule?: string }): void {
  const feature = Object.hasOwn(testCase.document, testCase.flag ?? "") ? testCase.document[testCase.flag ?? ""] : undefined;
  const names = Object.keys(feature?.rules ?? {});
  if (feature === undefined) expect(details.reason).toBe("FALLBACK");
  else if (names.length === 0) expect(details.reason).toBe("STATIC");
  else if (details.reason === "DEFAULT") names.forEach((name) => expect(withRules(testCase, [name]).reason).toBe("DEFAULT"));
  else {
    expect(details.reason).toBe("RULE_MATCH");
    const index = names.indexOf(details.rule ?? "");
    expect(index).toBeGreaterThanOrEqual(0);
    expect(withRules(testCase, [details.rule ?? ""]).rule).toBe(details.rule);
    names.slice(0, index).forEach((name) => expect(withRules(testCase, [name]).reason).toBe("DEFAULT"));
  }
}

describe("evaluateDetails on every conformance vector with a value", () => {
  it("finds the vectors", () => expect(valueCases.length).toBeGreaterThan(1000));

  it("gives evaluate's value with a reason that holds", () => {
    const seen = new Map<string, number>();
    for (const testCase of valueCases) {
      const clock = () => new Date(testCase.now ?? 0);
      const compiled = compileDocument(testCase.document, { clock });
      const details = compiled.evaluateDetails(testCase.flag ?? "", testCase.context, testCase.default);
      expect(details.value, testCase.id).toEqual(testCase.expect.value);
      expect(details.value, testCase.id).toEqual(compiled.evaluate(testCase.flag ?? "", testCase.context, testCase.default));
      expectReasonHolds(testCase, details);
      seen.set(details.reason, (seen.get(details.reason) ?? 0) + 1);
    }
    for (const reason of ["STATIC", "RULE_MATCH", "DEFAULT", "FALLBACK"]) expect(seen.get(reason), reason).toBeGreaterThan(10);
  });
});
