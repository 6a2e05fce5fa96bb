import type { Clock, JsonValue, RuleAction } from "../types.js";
import { ACTIONS } from "./actions.js";
import type { ContextPredicate } from "./comparison-predicates.js";
import { memberOf, type JsonObject } from "./json-shape.js";
import { pythonTruthy } from "./python-values.js";

// A feature's state: bit 1 says it has rules, bit 0 whether its `default` is truthy.
export const STATIC_OFF = 0;
export const STATIC_ON = 1;
export const HAS_RULES = 2;
export const DEFAULT_ON = 1;

/** Numbers each distinct item once, in order of first sight. */
class Numbering {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();

  idOf(item: string): number {
    let id = this.ids.get(item);
    if (id === undefined) this.ids.set(item, (id = this.items.push(item) - 1));
    return id;
  }
}

/**
 * A whole document's rules as flat arrays, read by small loops instead of a tree of
 * closures: one call site per operation keeps V8's feedback simple, and each context
 * key can be read once per call. A feature owns a range of rules, a rule a range of
 * occurrences (conditions as written), and each occurrence names a distinct
 * condition: identical conditions (same action, key and value) are one, so that
 * `getEnabledFeatures` decides each at most once per call. Every range ends where
 * the next begins; each start array has one extra entry that ends the last range.
 * The arrays are filled by the constructor and never change afterwards.
 * @example new RuleProgram([{ default: true }], () => new Date()).featureState[0] // STATIC_ON
 */
export class RuleProgram {
  /** Per feature, in document order: STATIC_OFF, STATIC_ON, or HAS_RULES plus DEFAULT_ON when `default` is truthy. */
  readonly featureState: number[] = [];
  /** Per feature: its first rule. */
  readonly featureRuleStart: number[] = [];
  /** Per feature: where its keys start in `featureKeyNames`. */
  readonly featureKeyStart: number[] = [];
  /** The context keys each feature reads, feature by feature; an occurrence's slot indexes its feature's range. */
  readonly featureKeyNames: string[] = [];
  /** Per rule: its first occurrence. */
  readonly ruleStart: number[] = [];
  /** Per rule: whether `when_match` is truthy. */
  readonly ruleEnabled: boolean[] = [];
  /** Per occurrence: the distinct condition it is. */
  readonly occurrenceCondition: number[] = [];
  /** Per occurrence: its key's slot among its feature's keys, or -1 for an action that reads no key. */
  readonly occurrenceSlot: number[] = [];
  /** The distinct context keys of the document. */
  readonly keys: string[];
  /** Per distinct condition: its key in `keys`, or -1 for an action that reads no key. */
  readonly conditionKey: number[] = [];
  /** Per distinct condition: its test of the context value. */
  readonly conditionTest: ContextPredicate[] = [];

  private readonly keyIds = new Numbering();
  private readonly conditionIds = new Map<string, number>();

  /** Flattens validated, frozen feature definitions, in the order given. */
  constructor(features: readonly JsonObject[], clock: Clock) {
    this.keys = this.keyIds.items;
    for (const feature of features) this.addFeature(feature, clock);
    this.featureRuleStart.push(this.ruleStart.length);
    this.featureKeyStart.push(this.featureKeyNames.length);
    this.ruleStart.push(this.occurrenceSlot.length);
  }

  /** The predicate of the first condition of `feature`'s first rule; the feature must have rules. */
  firstConditionTest(feature: number): ContextPredicate {
    const occurrence = this.ruleStart[this.featureRuleStart[feature] as number] as number;
    return this.conditionTest[this.occurrenceCondition[occurrence] as number] as ContextPredicate;
  }

  private addFeature(feature: JsonObject, clock: Clock): void {
    const rules = memberOf(feature, "rules") as JsonObject;
    const hasRules = pythonTruthy(rules);
    this.featureState.push((hasRules ? HAS_RULES : 0) | (pythonTruthy(memberOf(feature, "default")) ? DEFAULT_ON : 0));
    this.featureRuleStart.push(this.ruleStart.length);
    this.featureKeyStart.push(this.featureKeyNames.length);
    if (!hasRules) return;
    const slots = new Numbering();
    for (const name of Object.keys(rules)) {
      const rule = memberOf(rules, name) as JsonObject;
      this.ruleStart.push(this.occurrenceSlot.length);
      this.ruleEnabled.push(pythonTruthy(memberOf(rule, "when_match")));
      for (const condition of memberOf(rule, "conditions") as readonly JsonObject[]) this.addCondition(condition, slots, clock);
    }
    for (const key of slots.items) this.featureKeyNames.push(key);
  }

  private addCondition(condition: JsonObject, slots: Numbering, clock: Clock): void {
    const action = memberOf(condition, "action") as RuleAction;
    const key = memberOf(condition, "key") as string;
    const value = memberOf(condition, "value") as JsonValue;
    const readsKey = ACTIONS[action].contextShape !== "none";
    const identity = readsKey ? JSON.stringify([action, key, value]) : "";
    // Schedule actions read the clock on each evaluation, so every one stays distinct.
    let id = readsKey ? this.conditionIds.get(identity) : undefined;
    if (id === undefined) {
      id = this.conditionTest.push(ACTIONS[action].compile(value, clock)) - 1;
      this.conditionKey.push(readsKey ? this.keyIds.idOf(key) : -1);
      if (readsKey) this.conditionIds.set(identity, id);
    }
    this.occurrenceCondition.push(id);
    this.occurrenceSlot.push(readsKey ? slots.idOf(key) : -1);
  }
}
