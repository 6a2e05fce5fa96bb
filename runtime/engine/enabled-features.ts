import type { ContextPredicate } from "./comparison-predicates.js";
import { readContextValue } from "./context-value.js";
import { DEFAULT_ON, HAS_RULES, STATIC_ON, type RuleProgram } from "./rule-program.js";

type Context = Readonly<Record<string, unknown>>;

/** What one call has learnt so far: context values by key, outcomes by distinct condition; holes are "not yet". */
interface CallMemory {
  readonly context: Context;
  readonly values: unknown[];
  readonly outcomes: (boolean | undefined)[];
}

function decide(program: RuleProgram, condition: number, memory: CallMemory): boolean {
  const key = program.conditionKey[condition] as number;
  let value: unknown;
  if (key >= 0) {
    value = memory.values[key];
    if (value === undefined) memory.values[key] = value = readContextValue(memory.context, program.keys[key] as string);
  }
  return (memory.outcomes[condition] = (program.conditionTest[condition] as ContextPredicate)(value));
}

/** Whether the feature's value (first matching rule's when_match, else default) is truthy. */
function rulesEnable(program: RuleProgram, feature: number, memory: CallMemory): boolean {
  const { ruleStart, occurrenceCondition } = program;
  const { outcomes } = memory;
  const endRule = program.featureRuleStart[feature + 1] as number;
  for (let rule = program.featureRuleStart[feature] as number; rule < endRule; rule++) {
    const end = ruleStart[rule + 1] as number;
    let occurrence = ruleStart[rule] as number;
    for (; occurrence < end; occurrence++) {
      const condition = occurrenceCondition[occurrence] as number;
      const known = outcomes[condition];
      if (!(known === undefined ? decide(program, condition, memory) : known)) break;
    }
    if (occurrence === end) return program.ruleEnabled[rule] as boolean;
  }
  return ((program.featureState[feature] as number) & DEFAULT_ON) !== 0;
}

/**
 * Names of the features whose value is truthy (Python truthiness), in document
 * order, as Powertools' `get_enabled_features`. Within the call each context key
 * is read at most once and each distinct condition decided at most once: conditions
 * are pure functions of the value read, except schedule ones, which are never shared.
 * @example enabledFeatures(program, ["on", "premium"], { tier: "free" }) // ["on"]
 */
export function enabledFeatures(program: RuleProgram, names: readonly string[], context: Context): string[] {
  const memory: CallMemory = {
    context,
    values: new Array(program.keys.length),
    outcomes: new Array(program.conditionTest.length),
  };
  const { featureState } = program;
  const enabled: string[] = [];
  for (let feature = 0; feature < names.length; feature++) {
    const state = featureState[feature] as number;
    if (state === STATIC_ON || (state >= HAS_RULES && rulesEnable(program, feature, memory))) enabled.push(names[feature] as string);
  }
  return enabled;
}
