import type { FeatureDetails } from "../evaluation-details.js";
import type { JsonValue, RuleAction } from "../types.js";
import { ACTIONS } from "./actions.js";
import type { ContextPredicate, ContextTest } from "./comparison-predicates.js";
import { firstMatchingRule } from "./first-matching-rule.js";
import { memberOf, type JsonObject } from "./json-shape.js";
import { pythonTruthy } from "./python-values.js";
import type { RuleProgram } from "./rule-program.js";

/** A context as the engine reads it: own properties only. */
export type Context = Readonly<Record<string, unknown>>;

/** One feature compiled for `evaluate` and `evaluateDetails`. */
export interface CompiledFeature {
  /** The feature's value for `context`: the first matching rule's `when_match`, else `default`. */
  value(context: Context): JsonValue;
  /** The same value with how it was reached; the results are shared, frozen objects. */
  details(context: Context): FeatureDetails;
}

/** A condition as a test of the whole context, given its predicate over the context value. */
function compileCondition(condition: JsonObject, test: ContextPredicate): ContextTest {
  const action = memberOf(condition, "action") as RuleAction;
  const key = memberOf(condition, "key") as string;
  const spec = ACTIONS[action];
  const direct = spec.compileForKey?.(key, memberOf(condition, "value") as JsonValue);
  if (direct) return direct;
  if (spec.contextShape === "none") return () => test(undefined);
  // A missing key and a key holding null are the same to Powertools (dict.get). Own
  // properties only: an inherited or polluted Object.prototype member is never read.
  return (context) => {
    if (!Object.hasOwn(context, key)) return test(null);
    const value = context[key];
    return test(value === undefined ? null : value);
  };
}

function staticFeature(value: JsonValue): CompiledFeature {
  const details: FeatureDetails = Object.freeze({ value, reason: "STATIC" });
  return { value: () => value, details: () => details };
}

/**
 * Index of the first rule that holds, or -1. A feature of one rule with one condition
 * (the usual case) tests it with its own closure, which V8 inlines into `value`; any
 * other feature runs its range of the document's program.
 */
function firstMatchOf(rules: readonly JsonObject[], program: RuleProgram, index: number): (context: Context) => number {
  const conditions = rules.length === 1 ? (memberOf(rules[0] as JsonObject, "conditions") as readonly JsonObject[]) : [];
  if (conditions.length === 1) {
    const test = compileCondition(conditions[0] as JsonObject, program.firstConditionTest(index));
    return (context) => (test(context) ? 0 : -1);
  }
  return (context) => firstMatchingRule(program, index, context);
}

/**
 * Compiles feature number `index` of a validated, frozen document whose rules
 * `program` holds. Rules are tried in document order and the first whose
 * conditions all hold wins.
 * @example compileFeature({ default: false }, program, 0).value({}) // false
 */
export function compileFeature(feature: JsonObject, program: RuleProgram, index: number): CompiledFeature {
  const defaultValue = memberOf(feature, "default") as JsonValue;
  const rules = memberOf(feature, "rules");
  if (!pythonTruthy(rules)) return staticFeature(defaultValue);
  const ruleList: JsonObject[] = [];
  const values: JsonValue[] = [];
  const matches: FeatureDetails[] = [];
  for (const name of Object.keys(rules as JsonObject)) {
    const rule = memberOf(rules as JsonObject, name) as JsonObject;
    ruleList.push(rule);
    // A non-boolean rule may omit when_match; Powertools then returns None.
    const value = (memberOf(rule, "when_match") ?? null) as JsonValue;
    values.push(value);
    matches.push(Object.freeze({ value, reason: "RULE_MATCH", rule: name }));
  }
  const noMatch: FeatureDetails = Object.freeze({ value: defaultValue, reason: "DEFAULT" });
  const firstMatch = firstMatchOf(ruleList, program, index);
  return {
    value: (context) => {
      const index = firstMatch(context);
      return index < 0 ? defaultValue : (values[index] as JsonValue);
    },
    // A separate closure, so that `value` stays exactly as fast as before.
    details: (context) => {
      const index = firstMatch(context);
      return index < 0 ? noMatch : (matches[index] as FeatureDetails);
    },
  };
}
