import { isJsonObject, memberOf } from "@flagtype/runtime/tooling";
import type { JsonValue } from "@flagtype/runtime";

/**
 * How the rules of one flag differ between two documents, in words; `undefined` when they are the
 * same. Rule order matters (the first matching rule wins), key order inside a rule does not.
 * @example describeRuleChanges({ rules: { a: x } }, { rules: { a: x, b: y } }) // 'added "b"'
 */
export function describeRuleChanges(before: JsonValue | undefined, after: JsonValue | undefined): string | undefined {
  const old = rulesOf(before);
  const next = rulesOf(after);
  const oldNames = [...old.keys()];
  const newNames = [...next.keys()];
  const added = newNames.filter((name) => !old.has(name));
  const removed = oldNames.filter((name) => !next.has(name));
  const changed = newNames.filter((name) => old.has(name) && !sameJson(old.get(name), next.get(name)));
  const kept = newNames.filter((name) => old.has(name));
  const reordered = kept.join("\u0000") !== oldNames.filter((name) => next.has(name)).join("\u0000");
  const parts = [
    ...(added.length > 0 ? [`added ${quoted(added)}`] : []),
    ...(removed.length > 0 ? [`removed ${quoted(removed)}`] : []),
    ...(changed.length > 0 ? [`changed ${quoted(changed)}`] : []),
    ...(reordered ? ["reordered"] : []),
  ];
  return parts.length === 0 ? undefined : parts.join("; ");
}

/** Deep equality of JSON values; object members in any order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  }
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameJson(memberOf(a, key), memberOf(b, key)));
}

/** A feature's rules by name, in document order; falsy `rules` mean none. */
function rulesOf(feature: JsonValue | undefined): Map<string, unknown> {
  const rules = isJsonObject(feature) ? memberOf(feature, "rules") : undefined;
  if (!isJsonObject(rules)) return new Map();
  return new Map(Object.keys(rules).map((name) => [name, memberOf(rules, name)]));
}

function quoted(names: readonly string[]): string {
  return names.map((name) => JSON.stringify(name)).join(", ");
}
