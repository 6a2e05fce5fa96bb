import type { JsonValue } from "@flagtype/runtime";
import { RESERVED_VALUE_KEYS } from "../../../pipeline/load/native/stored/stored-document.js";
import { sameJson } from "../compare-rules.js";
import { flagChange, type FlagChange } from "../flag-change.js";
import { memberAt } from "./stored-parts.js";

/**
 * How a basic flag's value changed: `enabled`, and the attribute values beside it (service
 * metadata such as `_updatedAt` ignored). Never breaking: the types stay those of the definitions.
 * @example compareBasicValues("checkout_v2", { enabled: true, max_items: 50 }, { enabled: false, max_items: 50 })
 * // [{ flag: "checkout_v2", change: "enabled", breaking: false, message: "enabled true → false" }]
 */
export function compareBasicValues(flag: string, before: JsonValue | undefined, after: JsonValue | undefined): FlagChange[] {
  const changes: FlagChange[] = [];
  const [oldEnabled, newEnabled] = [memberAt(before, "enabled"), memberAt(after, "enabled")];
  if (!sameJson(oldEnabled, newEnabled)) changes.push(flagChange(flag, "enabled", false, `enabled ${shown(oldEnabled)} → ${shown(newEnabled)}`));
  const old = new Map(attributesOf(before));
  const now = new Map(attributesOf(after));
  const names = [...new Set([...old.keys(), ...now.keys()])].sort();
  const parts = names.flatMap((name) => (sameJson(old.get(name), now.get(name)) ? [] : [`${name} ${shown(old.get(name))} → ${shown(now.get(name))}`]));
  if (parts.length > 0) changes.push(flagChange(flag, "values", false, `attribute values ${parts.join(", ")}`));
  return changes;
}

/** The attribute values beside `enabled`: every member but `enabled`, `_variants` and service metadata. */
function attributesOf(value: JsonValue | undefined): [string, unknown][] {
  if (value === undefined || value === null || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).filter(([key]) => !RESERVED_VALUE_KEYS.has(key));
}

function shown(value: unknown): string {
  return value === undefined ? "unset" : JSON.stringify(value);
}
