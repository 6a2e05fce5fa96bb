import { ACTIONS } from "@flagtype/runtime/tooling";
import type { JsonValue } from "@flagtype/runtime";
import type { SourcePosition } from "../load/loaded-file.js";
import type { ContextField } from "./flags-model.js";
import type { ConditionEntry } from "./read-document.js";
import {
  arrayOf, JSON_ANY, JSON_OBJECT, membersOf, NUMBER, STRING, typeKey, typeOfJson, unionOf, type CompoundTypes, type TsType,
} from "./ts-type.js";

/** A condition that reads the context, with where it is. */
export interface ContextRead {
  readonly condition: ConditionEntry;
  readonly position: SourcePosition;
}

/**
 * The context type a condition implies for its key, from the action table; `undefined` when the
 * action reads no context (schedule actions). Types are broad (`string`, never `"premium"`).
 */
export function impliedContextType(condition: ConditionEntry): TsType | undefined {
  const { value } = condition;
  switch (ACTIONS[condition.action].contextShape) {
    case "value":
      return broadType(value);
    case "string":
      return STRING;
    case "number":
      return NUMBER;
    case "member-of-value":
      return memberType(value);
    case "container-of-value":
      return typeof value === "string" ? unionOf([arrayOf(STRING), STRING]) : arrayOf(broadType(value));
    case "array-of-value-items":
      return arrayOf(itemsType(value));
    case "none":
      return undefined;
  }
}

const BROAD: CompoundTypes = { array: (items) => arrayOf(itemsType(items)), object: () => JSON_OBJECT };

/** The broad type of a JSON value as a context entry: objects are any JSON object. */
export function broadType(value: JsonValue): TsType {
  return typeOfJson(value, BROAD);
}

function itemsType(value: JsonValue): TsType {
  return Array.isArray(value) && value.length > 0 ? unionOf(value.map(broadType)) : JSON_ANY;
}

/** `ctx in value`: an item of an array, a substring of a string, a key of an object; anything else never matches. */
function memberType(value: JsonValue): TsType {
  if (Array.isArray(value)) return itemsType(value);
  return typeof value === "string" || (typeof value === "object" && value !== null) ? STRING : JSON_ANY;
}

/**
 * Combines what several conditions imply for one key: the members every condition accepts when
 * there are any (`string` and `readonly string[] | string` give `string`), otherwise the union,
 * because rules are alternatives and each may be met with its own type. `JsonValue` accepts anything.
 */
export function combineTypes(types: readonly TsType[]): TsType {
  const specific = types.filter((type) => typeKey(type) !== typeKey(JSON_ANY));
  const [first, ...rest] = specific;
  if (first === undefined) return JSON_ANY;
  const common = rest.reduce(
    (kept, type) => {
      const keys = new Set(membersOf(type).map(typeKey));
      return kept.filter((member) => keys.has(typeKey(member)));
    },
    [...membersOf(first)],
  );
  return common.length > 0 ? unionOf(common) : unionOf(types);
}

/** One required field per key read, sorted by key; the position is the first condition reading it. */
export function inferContextFields(reads: readonly ContextRead[]): ContextField[] {
  const byKey = new Map<string, { types: TsType[]; position: SourcePosition }>();
  for (const { condition, position } of reads) {
    const type = impliedContextType(condition);
    if (type === undefined) continue;
    const entry = byKey.get(condition.key) ?? { types: [], position };
    entry.types.push(type);
    byKey.set(condition.key, entry);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, { types, position }]) => ({ key, type: combineTypes(types), required: true, position }));
}
