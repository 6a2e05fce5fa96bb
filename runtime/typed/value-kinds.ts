import { isJsonObject, jsonKind, memberOf, type JsonKind } from "../engine/json-shape.js";
import { isBooleanFeature } from "../engine/validate.js";

const BOOLEAN_ONLY: ReadonlySet<JsonKind> = new Set(["boolean"]);

const KIND_NAMES: Readonly<Record<JsonKind, string>> = {
  null: "null",
  boolean: "boolean",
  number: "number",
  string: "string",
  array: "array",
  object: "object",
  invalid: "non-JSON value",
};

/**
 * The JSON kinds each flag of a features document can evaluate to: boolean for
 * boolean flags; for the others the kinds of `default` and of every rule's
 * `when_match` (an absent `when_match` evaluates to `null`). A generated module's
 * types are inferred from (or checked against) these values, so a live value of
 * another kind contradicts the type the accessor promises.
 * @example
 * const kinds = ValueKinds.of({ price: { boolean_type: false, default: "standard" } });
 * kinds.allows("price", 5); // false
 */
export class ValueKinds {
  private constructor(private readonly byFlag: ReadonlyMap<string, ReadonlySet<JsonKind>>) {}

  static of(document: { readonly [flag: string]: unknown }): ValueKinds {
    const byFlag = new Map<string, ReadonlySet<JsonKind>>();
    for (const name of Object.keys(document)) {
      const feature = memberOf(document, name);
      if (isJsonObject(feature)) byFlag.set(name, kindsOfFeature(feature));
    }
    return new ValueKinds(byFlag);
  }

  /** Whether `value` has a kind the flag can have; flags the document does not define allow anything. */
  allows(name: string, value: unknown): boolean {
    const kinds = this.byFlag.get(name);
    return kinds === undefined || kinds.has(jsonKind(value));
  }

  /** The kind of a value, for messages, e.g. "string". */
  kindOf(value: unknown): string {
    return KIND_NAMES[jsonKind(value)];
  }

  /** The kinds a flag can have, for messages, e.g. "string or null". */
  describe(name: string): string {
    const kinds = [...(this.byFlag.get(name) ?? [])].map((kind) => KIND_NAMES[kind]);
    return kinds.length <= 1 ? (kinds[0] ?? "any kind") : `${kinds.slice(0, -1).join(", ")} or ${kinds.at(-1)}`;
  }
}

function kindsOfFeature(feature: Readonly<Record<string, unknown>>): ReadonlySet<JsonKind> {
  if (isBooleanFeature(feature)) return BOOLEAN_ONLY;
  const kinds = new Set<JsonKind>([jsonKind(memberOf(feature, "default"))]);
  const rules = memberOf(feature, "rules");
  if (!isJsonObject(rules)) return kinds;
  for (const name of Object.keys(rules)) {
    const rule = memberOf(rules, name);
    if (isJsonObject(rule)) kinds.add(jsonKind(memberOf(rule, "when_match") ?? null));
  }
  return kinds;
}
