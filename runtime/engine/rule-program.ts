import type { Clock, JsonValue, RuleAction } from "../types.js";
import { ACTIONS } from "./actions.js";
import type { ContextPredicate } from "./comparison-predicates.js";
import { memberOf, type JsonObject } from "./json-shape.js";
import { pythonTruthy } from "./python-values.js";

/** What a feature's answer depends on, as `featureState` holds it. */
export const FEATURE_OFF = 0;
export const FEATURE_ON = 1;
export const FEATURE_RULES = 2;

/**
 * A whole document's rules as flat arrays, read by small loops instead of a tree of
 * closures: one call site per operation keeps V8's feedback simple, and each context
 * key can be read once per call. Indexes: a feature owns a range of rules, a rule a
 * range of condition occurrences (conditions as written), and each occurrence names
 * a distinct condition; identical conditions (same action, key and value) are one
 * distinct condition, so `getEnabledFeatures` decides each at most once per call.
 */
export interface RuleProgram {
  /** Per feature, in document order: FEATURE_OFF / FEATURE_ON when it has no rules, else FEATURE_RULES. */
  readonly featureState: Uint8Array;
  /** Per feature: whether `default` is truthy, the answer when no rule matches. */
  readonly defaultEnabled: Uint8Array;
  /** Per feature: its first rule; entry `features` ends the last range. */
  readonly featureRuleStart: Int32Array;
  /** Per feature: where its keys start in `featureKeyNames`; entry `features` ends the last range. */
  readonly featureKeyStart: Int32Array;
  /** The context keys each feature reads, feature by feature; an occurrence's slot indexes its feature's range. */
  readonly featureKeyNames: readonly string[];
  /** Per rule: its first occurrence; entry `rules` ends the last range. */
  readonly ruleStart: Int32Array;
  /** Per rule: whether `when_match` is truthy. */
  readonly ruleEnabled: Uint8Array;
  /** Per occurrence: the distinct condition it is. */
  readonly occurrenceCondition: Int32Array;
  /** Per occurrence: its key's slot among its feature's keys, or -1 for an action that reads no key. */
  readonly occurrenceSlot: Int32Array;
  /** The distinct context keys of the document. */
  readonly keys: readonly string[];
  /** Per distinct condition: its key in `keys`, or -1 for an action that reads no key. */
  readonly conditionKey: Int32Array;
  /** Per distinct condition: the test of the context value. */
  readonly conditionTest: readonly ContextPredicate[];
}

/** Numbers each distinct item once, in order of first sight. */
class Numbering {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();

  idOf(item: string): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.items.length;
      this.ids.set(item, id);
      this.items.push(item);
    }
    return id;
  }
}

class ProgramBuilder {
  readonly featureState: number[] = [];
  readonly defaultEnabled: number[] = [];
  readonly featureRuleStart: number[] = [];
  readonly featureKeyStart: number[] = [];
  readonly featureKeyNames: string[] = [];
  readonly ruleStart: number[] = [];
  readonly ruleEnabled: number[] = [];
  readonly occurrenceCondition: number[] = [];
  readonly occurrenceSlot: number[] = [];
  readonly keys = new Numbering();
  readonly conditions = new Numbering();
  readonly conditionKey: number[] = [];
  readonly conditionTest: ContextPredicate[] = [];

  constructor(private readonly clock: Clock) {}

  addFeature(feature: JsonObject): void {
    const rules = memberOf(feature, "rules");
    const hasRules = pythonTruthy(rules);
    const defaultEnabled = pythonTruthy(memberOf(feature, "default"));
    this.featureState.push(hasRules ? FEATURE_RULES : defaultEnabled ? FEATURE_ON : FEATURE_OFF);
    this.defaultEnabled.push(defaultEnabled ? 1 : 0);
    this.featureRuleStart.push(this.ruleStart.length);
    this.featureKeyStart.push(this.featureKeyNames.length);
    if (!hasRules) return;
    const slots = new Numbering();
    for (const name of Object.keys(rules as JsonObject)) {
      const rule = memberOf(rules as JsonObject, name) as JsonObject;
      this.ruleStart.push(this.occurrenceCondition.length);
      this.ruleEnabled.push(pythonTruthy(memberOf(rule, "when_match") ?? null) ? 1 : 0);
      for (const condition of memberOf(rule, "conditions") as readonly JsonObject[]) this.addCondition(condition, slots);
    }
    for (const key of slots.items) this.featureKeyNames.push(key);
  }

  private addCondition(condition: JsonObject, slots: Numbering): void {
    const action = memberOf(condition, "action") as RuleAction;
    const key = memberOf(condition, "key") as string;
    const value = memberOf(condition, "value") as JsonValue;
    const spec = ACTIONS[action];
    const readsKey = spec.contextShape !== "none";
    // Schedule actions read the clock on each evaluation, so every one stays distinct.
    const identity = readsKey ? JSON.stringify([action, key, value]) : `#${this.conditions.items.length}`;
    const before = this.conditions.items.length;
    const id = this.conditions.idOf(identity);
    if (id === before) {
      this.conditionKey.push(readsKey ? this.keys.idOf(key) : -1);
      this.conditionTest.push(spec.compile(value, this.clock));
    }
    this.occurrenceCondition.push(id);
    this.occurrenceSlot.push(readsKey ? slots.idOf(key) : -1);
  }

  build(): RuleProgram {
    this.featureRuleStart.push(this.ruleStart.length);
    this.featureKeyStart.push(this.featureKeyNames.length);
    this.ruleStart.push(this.occurrenceCondition.length);
    return {
      featureState: Uint8Array.from(this.featureState),
      defaultEnabled: Uint8Array.from(this.defaultEnabled),
      featureRuleStart: Int32Array.from(this.featureRuleStart),
      featureKeyStart: Int32Array.from(this.featureKeyStart),
      featureKeyNames: this.featureKeyNames,
      ruleStart: Int32Array.from(this.ruleStart),
      ruleEnabled: Uint8Array.from(this.ruleEnabled),
      occurrenceCondition: Int32Array.from(this.occurrenceCondition),
      occurrenceSlot: Int32Array.from(this.occurrenceSlot),
      keys: this.keys.items,
      conditionKey: Int32Array.from(this.conditionKey),
      conditionTest: this.conditionTest,
    };
  }
}

/**
 * Flattens the validated, frozen features (in the order given) into one RuleProgram.
 * @example buildRuleProgram([{ default: true }], () => new Date()).featureState[0] // FEATURE_ON
 */
export function buildRuleProgram(features: readonly JsonObject[], clock: Clock): RuleProgram {
  const builder = new ProgramBuilder(clock);
  for (const feature of features) builder.addFeature(feature);
  return builder.build();
}
