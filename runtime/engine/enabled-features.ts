import type { ContextPredicate } from "./comparison-predicates.js";
import { readContextValue } from "./context-value.js";
import { FEATURE_OFF, FEATURE_RULES, type RuleProgram } from "./rule-program.js";

type Context = Readonly<Record<string, unknown>>;

/** Whether the feature's value (first matching rule's when_match, else default) is truthy. */
function rulesEnable(program: RuleProgram, feature: number, context: Context, values: unknown[]): boolean {
  const { ruleStart, conditionKey, conditionTest, keys } = program;
  const endRule = program.featureRuleStart[feature + 1] as number;
  for (let rule = program.featureRuleStart[feature] as number; rule < endRule; rule++) {
    const end = ruleStart[rule + 1] as number;
    let condition = ruleStart[rule] as number;
    for (; condition < end; condition++) {
      const key = conditionKey[condition] as number;
      let value: unknown;
      if (key >= 0) {
        value = values[key];
        if (value === undefined) values[key] = value = readContextValue(context, keys[key] as string);
      }
      if (!(conditionTest[condition] as ContextPredicate)(value)) break;
    }
    if (condition === end) return program.ruleEnabled[rule] === 1;
  }
  return program.defaultEnabled[feature] === 1;
}

/**
 * Names of the features whose value is truthy (Python truthiness), in document
 * order, as Powertools' `get_enabled_features`. Within the call each context key
 * is read at most once.
 * @example enabledFeatures(program, ["on", "premium"], { tier: "free" }) // ["on"]
 */
export function enabledFeatures(program: RuleProgram, names: readonly string[], context: Context): string[] {
  // By key; a hole is a key not read yet (a read value is never undefined).
  const values: unknown[] = new Array(program.keys.length);
  const { featureState } = program;
  const enabled: string[] = [];
  for (let feature = 0; feature < names.length; feature++) {
    const kind = featureState[feature];
    if (kind === FEATURE_OFF || (kind === FEATURE_RULES && !rulesEnable(program, feature, context, values))) continue;
    enabled.push(names[feature] as string);
  }
  return enabled;
}
