import type { FeatureDetails } from "../evaluation-details.js";
import type { Clock, JsonValue, RuleAction } from "../types.js";
import { ACTIONS } from "./actions.js";
import type { ContextTest } from "./comparison-predicates.js";
import { memberOf, type JsonObject } from "./json-shape.js";
import { pythonTruthy } from "./python-values.js";

/** A context as the engine reads it: own properties only. */
export type Context = Readonly<Record<string, unknown>>;

/** One feature compiled to closures. */
export interface CompiledFeature {
  /** The feature's value for `context`: the first matching rule's `when_match`, else `default`. */
  value(context: Context): JsonValue;
  /** Whether that value is truthy (Python rules), as `get_enabled_features` decides. */
  isEnabled(context: Context): boolean;
  /** The same value with how it was reached; the results are shared, frozen objects. */
  details(context: Context): FeatureDetails;
  /** For a feature without rules, whether it is on whatever the context; `undefined` otherwise. */
  readonly staticallyEnabled?: boolean;
}


function compileCondition(condition: JsonObject, clock: Clock): ContextTest {
  const action = memberOf(condition, "action") as RuleAction;
  const key = memberOf(condition, "key") as string;
  const spec = ACTIONS[action];
  const value = memberOf(condition, "value") as JsonValue;
  const direct = spec.compileForKey?.(key, value);
  if (direct) return direct;
  const test = spec.compile(value, clock);
  if (spec.contextShape === "none") return () => test(undefined);
  // A missing key and a key holding null are the same to Powertools (dict.get). Own
  // properties only: an inherited or polluted Object.prototype member is never read.
  return (context) => {
    if (!Object.hasOwn(context, key)) return test(null);
    const value = context[key];
    return test(value === undefined ? null : value);
  };
}

function allOf(tests: readonly ContextTest[]): ContextTest {
  const [first, second] = tests;
  if (tests.length === 1 && first) return first;
  if (tests.length === 2 && first && second) return (context) => first(context) && second(context);
  return (context) => {
    for (let index = 0; index < tests.length; index++) {
      if (!(tests[index] as ContextTest)(context)) return false;
    }
    return true;
  };
}

function compileRule(rule: JsonObject, clock: Clock): ContextTest {
  const conditions = memberOf(rule, "conditions") as readonly JsonObject[];
  return allOf(conditions.map((condition) => compileCondition(condition, clock)));
}

function staticFeature(value: JsonValue): CompiledFeature {
  const enabled = pythonTruthy(value);
  const details: FeatureDetails = Object.freeze({ value, reason: "STATIC" });
  return { value: () => value, isEnabled: () => enabled, details: () => details, staticallyEnabled: enabled };
}

/** Index of the first rule that holds, or -1; a single rule (the usual case) skips the loop. */
function firstMatchOf(tests: readonly ContextTest[]): (context: Context) => number {
  const [only] = tests;
  if (tests.length === 1 && only) return (context) => (only(context) ? 0 : -1);
  return (context) => {
    for (let index = 0; index < tests.length; index++) {
      if ((tests[index] as ContextTest)(context)) return index;
    }
    return -1;
  };
}

/**
 * Compiles one validated, frozen feature definition. Rules are tried in document
 * order and the first whose conditions all hold wins.
 * @example compileFeature({ default: false }, () => new Date()).value({}) // false
 */
export function compileFeature(feature: JsonObject, clock: Clock): CompiledFeature {
  const defaultValue = memberOf(feature, "default") as JsonValue;
  const rules = memberOf(feature, "rules");
  if (!pythonTruthy(rules)) return staticFeature(defaultValue);
  const tests: ContextTest[] = [];
  const values: JsonValue[] = [];
  const matches: FeatureDetails[] = [];
  for (const name of Object.keys(rules as JsonObject)) {
    const rule = memberOf(rules as JsonObject, name) as JsonObject;
    tests.push(compileRule(rule, clock));
    // A non-boolean rule may omit when_match; Powertools then returns None.
    const value = (memberOf(rule, "when_match") ?? null) as JsonValue;
    values.push(value);
    matches.push(Object.freeze({ value, reason: "RULE_MATCH", rule: name }));
  }
  const noMatch: FeatureDetails = Object.freeze({ value: defaultValue, reason: "DEFAULT" });
  const enabled = values.map(pythonTruthy);
  const defaultEnabled = pythonTruthy(defaultValue);
  const firstMatch = firstMatchOf(tests);
  return {
    value: (context) => {
      const index = firstMatch(context);
      return index < 0 ? defaultValue : (values[index] as JsonValue);
    },
    isEnabled: (context) => {
      const index = firstMatch(context);
      return index < 0 ? defaultEnabled : (enabled[index] as boolean);
    },
    // A separate closure, so that `value` stays exactly as fast as before.
    details: (context) => {
      const index = firstMatch(context);
      return index < 0 ? noMatch : (matches[index] as FeatureDetails);
    },
  };
}
