import type { JsonValue } from "../../../runtime/types.js";

/** A small seeded generator (mulberry32): the same seed gives the same documents on every run. */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, below). */
  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

/** Keys that test quoting and escaping; `__proto__` is left out (a JSON.parse'd key, but a literal's prototype). */
const KEYS = ["tier", "region", "roles", "age", "a b", "*/", "constructor", "role\u202e", "`${x}`", "emoji😀"];
const TEXTS = ["", "premium", "free", "*/", "a\"b", "\u202eevil", "line\nbreak", "\ufeffbom", "😀"];
const FLAG_WORDS = ["premium", "beta", "checkout", "banner", "limit", "mode", "search", "tier"];

/** A random JSON value nested at most `depth` more levels; objects and arrays get random members. */
export function randomJson(random: Random, depth: number): JsonValue {
  const kind = depth <= 0 ? random.int(4) : random.int(6);
  switch (kind) {
    case 0:
      return random.pick(TEXTS);
    case 1:
      return random.pick([0, 1, -2.5, 1e21, 42]);
    case 2:
      return random.chance(0.5);
    case 3:
      return null;
    case 4:
      return Array.from({ length: random.int(3) }, () => randomJson(random, depth - 1));
    default:
      return Object.fromEntries(Array.from({ length: random.int(3) }, () => [random.pick(KEYS), randomJson(random, depth - 1)]));
  }
}

/** An array nested `levels` deep around a scalar: deep enough to reach the document's limit. */
function nested(levels: number): JsonValue {
  let value: JsonValue = "leaf";
  for (let level = 0; level < levels; level++) value = [value];
  return value;
}

function scalar(random: Random): JsonValue {
  return random.pick<JsonValue>(["premium", "free", 3, 18, true, "\u202eadmin"]);
}

/** One condition of a random action family, with a value that action accepts. */
function randomCondition(random: Random): JsonValue {
  const key = random.pick(KEYS);
  switch (random.int(9)) {
    case 0:
      return { action: random.pick(["EQUALS", "NOT_EQUALS"]), key, value: random.chance(0.7) ? scalar(random) : (randomJson(random, 2) ?? "none") };
    case 1:
      return { action: random.pick(["KEY_GREATER_THAN_VALUE", "KEY_LESS_THAN_OR_EQUAL_VALUE"]), key, value: random.pick<JsonValue>([18, "2.0"]) };
    case 2:
      return { action: random.pick(["STARTSWITH", "ENDSWITH"]), key, value: random.pick(["ops+", "@example.com"]) };
    case 3:
      return { action: random.pick(["IN", "NOT_IN", "KEY_IN_VALUE", "KEY_NOT_IN_VALUE"]), key, value: random.pick<JsonValue>([["a", "b"], [1, "x"], "ABCDEF", { legacy: 1 }]) };
    case 4:
      return { action: random.pick(["VALUE_IN_KEY", "VALUE_NOT_IN_KEY"]), key, value: scalar(random) };
    case 5:
      return { action: random.pick(["ALL_IN_VALUE", "ANY_IN_VALUE", "NONE_IN_VALUE"]), key, value: random.pick<JsonValue>([["editors"], [1, 2], []]) };
    case 6:
      return { action: "MODULO_RANGE", key, value: { BASE: 10, START: 0, END: 4 } };
    case 7:
      return { action: "SCHEDULE_BETWEEN_TIME_RANGE", key: "CURRENT_TIME", value: { START: "09:00", END: "17:00" } };
    default:
      return { action: "SCHEDULE_BETWEEN_DAYS_OF_WEEK", key: "CURRENT_DAY_OF_WEEK", value: { DAYS: ["MONDAY"] } };
  }
}

/** The values a flag of `isBoolean` may have, for defaults and `when_match`. */
function flagValue(random: Random, isBoolean: boolean, deep: boolean): JsonValue {
  if (isBoolean) return random.chance(0.5);
  if (deep) return nested(60);
  const value = randomJson(random, 4);
  return value === null ? "default" : value;
}

/**
 * A valid Powertools document: 0–6 flags, boolean or not, with 0–3 rules of 1–3 conditions drawn
 * from every action family, hostile keys and texts, and now and then a value nested to the limit.
 */
export function randomDocument(random: Random): { [key: string]: JsonValue } {
  const document: { [key: string]: JsonValue } = {};
  const count = random.int(7);
  for (let index = 0; index < count; index++) {
    const isBoolean = random.chance(0.5);
    const deep = !isBoolean && random.chance(0.1);
    const rules: { [name: string]: JsonValue } = {};
    for (let rule = random.int(4); rule > 0; rule--) {
      const conditions = Array.from({ length: 1 + random.int(3) }, () => randomCondition(random));
      const withoutValue = !isBoolean && random.chance(0.2);
      rules[`rule ${rule} ${random.pick(TEXTS)}`] = withoutValue ? { conditions } : { when_match: flagValue(random, isBoolean, deep), conditions };
    }
    const feature: { [key: string]: JsonValue } = {};
    if (!isBoolean) feature["boolean_type"] = false;
    feature["default"] = flagValue(random, isBoolean, deep);
    if (random.chance(0.3)) feature["description"] = random.pick(TEXTS);
    if (Object.keys(rules).length > 0) feature["rules"] = rules;
    document[`${random.pick(FLAG_WORDS)}_${index}`] = feature;
  }
  return document;
}
