import type { ContextPredicate } from "./comparison-predicates.js";
import { readContextValue } from "./context-value.js";
import type { RuleProgram } from "./rule-program.js";

/**
 * Index (within the feature) of the first of `feature`'s rules whose conditions all
 * hold, or -1. Rules in document order, conditions in order, stopping at the first
 * that fails; each context key the feature reads is read at most once, when a
 * condition first needs it.
 * @example firstMatchingRule(new RuleProgram([premium], clock), 0, { tier: "premium" }) // 0
 */
export function firstMatchingRule(program: RuleProgram, feature: number, context: Readonly<Record<string, unknown>>): number {
  const { ruleStart, occurrenceCondition, occurrenceSlot, conditionTest, featureKeyNames } = program;
  const firstRule = program.featureRuleStart[feature] as number;
  const endRule = program.featureRuleStart[feature + 1] as number;
  const firstKey = program.featureKeyStart[feature] as number;
  // By slot; a hole is a key not read yet (a read value is never undefined).
  const values: unknown[] = new Array((program.featureKeyStart[feature + 1] as number) - firstKey);
  for (let rule = firstRule; rule < endRule; rule++) {
    const end = ruleStart[rule + 1] as number;
    let occurrence = ruleStart[rule] as number;
    for (; occurrence < end; occurrence++) {
      const slot = occurrenceSlot[occurrence] as number;
      let value: unknown;
      if (slot >= 0) {
        value = values[slot];
        if (value === undefined) values[slot] = value = readContextValue(context, featureKeyNames[firstKey + slot] as string);
      }
      if (!(conditionTest[occurrenceCondition[occurrence] as number] as ContextPredicate)(value)) break;
    }
    if (occurrence === end) return rule - firstRule;
  }
  return -1;
}
