import { describePath, type DocumentFinding } from "./document-finding.js";
import { LOAD_CODES } from "./load-codes.js";
import type { JsonPath } from "./loaded-file.js";
import { ALL_KINDS, matchingKinds, type KindSet, type ValueKind } from "./matching-kinds.js";

type JsonObject = Readonly<Record<string, unknown>>;

/** One condition that narrows what its key can hold. */
interface Narrowing {
  readonly index: number;
  readonly action: string;
  readonly value: unknown;
  readonly kinds: KindSet;
}

const KIND_NAMES: Readonly<Record<ValueKind, string>> = {
  null: "null (or missing)",
  bool: "a boolean",
  number: "a number",
  string: "a string",
  list: "a list",
  dict: "an object",
};

/**
 * Warns about rules whose conditions (which must all hold) read one key as kinds of value that no
 * single value is: `tier EQUALS "gold"` needs a string, `tier KEY_GREATER_THAN_VALUE 5` a number,
 * so the rule can never match. Conservative: each condition admits every kind some value of which
 * could satisfy it (see `matchingKinds`), and a condition that can match nothing on its own is
 * FT032's or the validator's to report. Points at the key of the condition that makes the rule
 * impossible; one finding per rule and key.
 * @example findIncompatibleConditions({ f: { default: false, rules: { r: { when_match: true, conditions: [
 *   { action: "EQUALS", key: "tier", value: "gold" }, { action: "KEY_GREATER_THAN_VALUE", key: "tier", value: 5 }] } } } })[0]?.path
 * // ["f", "rules", "r", "conditions", 1, "key"]
 */
export function findIncompatibleConditions(document: unknown): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  for (const [name, feature] of objectEntries(document)) {
    for (const [ruleName, rule] of objectEntries(memberOf(feature, "rules"))) {
      const conditions = memberOf(rule, "conditions");
      if (!Array.isArray(conditions)) continue;
      for (const [key, narrowings] of narrowingsByKey(conditions)) {
        const finding = conflictIn(narrowings, key, [name, "rules", ruleName]);
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

function narrowingsByKey(conditions: readonly unknown[]): Map<string, Narrowing[]> {
  const byKey = new Map<string, Narrowing[]>();
  conditions.forEach((condition: unknown, index) => {
    const key = memberOf(condition, "key");
    const action = memberOf(condition, "action");
    const value = memberOf(condition, "value");
    const kinds = matchingKinds(action, value);
    if (typeof key !== "string" || typeof action !== "string" || kinds === undefined || kinds.size === 0) return;
    byKey.set(key, [...(byKey.get(key) ?? []), { index, action, value, kinds }]);
  });
  return byKey;
}

/** The first condition after which no kind is left, explained by one earlier condition when one suffices. */
function conflictIn(narrowings: readonly Narrowing[], key: string, rulePath: JsonPath): DocumentFinding | undefined {
  let left: KindSet = new Set(ALL_KINDS);
  for (const [position, narrowing] of narrowings.entries()) {
    left = new Set([...left].filter((kind) => narrowing.kinds.has(kind)));
    if (left.size > 0) continue;
    const earlier = narrowings.slice(0, position);
    const partner = earlier.find((other) => ![...other.kinds].some((kind) => narrowing.kinds.has(kind)));
    const involved = partner ? [partner, narrowing] : [...earlier, narrowing];
    const path = [...rulePath, "conditions", narrowing.index, "key"];
    return { path, part: "value", severity: "warning", code: LOAD_CODES.incompatibleConditions, message: message(involved, key, rulePath) };
  }
  return undefined;
}

function message(involved: readonly Narrowing[], key: string, rulePath: JsonPath): string {
  const needs = involved.map((narrowing, index) => {
    const subject = `conditions[${narrowing.index}] (${narrowing.action} ${shortJson(narrowing.value)})`;
    return `${subject} needs ${index === 0 ? JSON.stringify(key) : "it"} to be ${describeKinds(narrowing.kinds)}`;
  });
  const allOf = involved.length === 2 ? "both" : "all of these";
  return `${describePath(rulePath)} can never match: ${joinWords(needs, "and")}; no context value is ${allOf}`;
}

function describeKinds(kinds: KindSet): string {
  return joinWords(ALL_KINDS.filter((kind) => kinds.has(kind)).map((kind) => KIND_NAMES[kind]), "or");
}

function joinWords(words: readonly string[], conjunction: string): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} ${conjunction} ${words.at(-1) ?? ""}`;
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function objectEntries(value: unknown): [string, unknown][] {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.entries(value) : [];
}

function memberOf(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, key) ? (value as JsonObject)[key] : undefined;
}
