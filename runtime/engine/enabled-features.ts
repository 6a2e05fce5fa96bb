import type { ContextPredicate } from "./comparison-predicates.js";
import { readContextValue } from "./context-value.js";
import { FEATURE_OFF, FEATURE_RULES, type RuleProgram } from "./rule-program.js";

type Context = Readonly<Record<string, unknown>>;

/** Per-call memory: context values by key and outcomes by distinct condition; holes are "not yet". */
interface CallState {
  readonly context: Context;
  readonly values: unknown[];
  readonly outcomes: (boolean | undefined)[];
}

function conditionHolds(program: RuleProgram, condition: number, state: CallState): boolean {
  const known = state.outcomes[condition];
  if (known !== undefined) return known;
  const key = program.conditionKey[condition] as number;
  let value: unknown;
  if (key >= 0) {
    value = state.values[key];
    if (value === undefined) state.values[key] = value = readContextValue(state.context, program.keys[key] as string);
  }
  const holds = (program.conditionTest[condition] as ContextPredicate)(value);
  state.outcomes[condition] = holds;
  return holds;
}

/** Whether the feature's value (first matching rule's when_match, else default) is truthy. */
function rulesEnable(program: RuleProgram, feature: number, state: CallState): boolean {
  const { ruleStart, occurrenceCondition } = program;
  const endRule = program.featureRuleStart[feature + 1] as number;
  for (let rule = program.featureRuleStart[feature] as number; rule < endRule; rule++) {
    const end = ruleStart[rule + 1] as number;
    let occurrence = ruleStart[rule] as number;
    while (occurrence < end && conditionHolds(program, occurrenceCondition[occurrence] as number, state)) occurrence++;
    if (occurrence === end) return program.ruleEnabled[rule] === 1;
  }
  return program.defaultEnabled[feature] === 1;
}

/**
 * Names of the features whose value is truthy (Python truthiness), in document
 * order, as Powertools' `get_enabled_features`. Within the call each context key
 * is read at most once and each distinct condition decided at most once.
 * @example enabledFeatures(program, ["on", "premium"], { tier: "free" }) // ["on"]
 */
export function enabledFeatures(program: RuleProgram, names: readonly string[], context: Context): string[] {
  const state: CallState = {
    context,
    values: new Array(program.keys.length),
    outcomes: new Array(program.conditionTest.length),
  };
  const { featureState } = program;
  const enabled: string[] = [];
  for (let feature = 0; feature < names.length; feature++) {
    const kind = featureState[feature];
    if (kind === FEATURE_OFF || (kind === FEATURE_RULES && !rulesEnable(program, feature, state))) continue;
    enabled.push(names[feature] as string);
  }
  return enabled;
}
