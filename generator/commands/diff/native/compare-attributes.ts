import type { JsonValue } from "@flagtype/runtime";
import { typeText } from "../../../pipeline/emit/type-text.js";
import type { AttributeModel } from "../../../pipeline/model/native/native-model.js";
import { membersOf, typeKey, type TsType } from "../../../pipeline/model/ts-type.js";
import { sameJson } from "../compare-rules.js";
import { flagChange, quotedList, type FlagChange } from "../flag-change.js";
import { isAssignable } from "../type-compatibility.js";

/** One flag's declared attributes on both sides, with each side's raw constraints for the non-type details. */
export interface AttributeSides {
  readonly flag: string;
  readonly before: readonly AttributeModel[];
  readonly after: readonly AttributeModel[];
  readonly constraintsBefore: (attribute: string) => JsonValue | undefined;
  readonly constraintsAfter: (attribute: string) => JsonValue | undefined;
}

/** Constraint keywords that decide the generated type (compared through it); the rest are listed as constraint changes. */
const TYPE_KEYWORDS: ReadonlySet<string> = new Set(["type", "required", "enum"]);

/**
 * How a flag's declared attributes changed. Every declared attribute is part of the generated value
 * type, so an attribute's contract must hold exactly: a removed attribute, any change of its type
 * (enum members removed or added, another kind) and a change of `required` (either way) are
 * breaking. An added attribute and changed `pattern`/`minimum`/`maximum` are not.
 * @example compareAttributes({ flag: "checkout", before, after, constraintsBefore, constraintsAfter })
 */
export function compareAttributes(sides: AttributeSides): FlagChange[] {
  const { flag } = sides;
  const after = new Map(sides.after.map((attribute) => [attribute.key, attribute]));
  const before = new Map(sides.before.map((attribute) => [attribute.key, attribute]));
  const changes: FlagChange[] = [];
  for (const old of sides.before) {
    const now = after.get(old.key);
    if (!now) {
      changes.push(flagChange(flag, "attribute-removed", true, `attribute ${JSON.stringify(old.key)} removed; code generated from the deployed version reads it`));
      continue;
    }
    const typeChange = describeTypeChange(old, now);
    if (typeChange !== undefined) changes.push(flagChange(flag, "attribute-type", true, `attribute ${JSON.stringify(old.key)}: ${typeChange}`));
    const constraints = describeConstraintChanges(sides.constraintsBefore(old.key), sides.constraintsAfter(old.key));
    if (constraints !== undefined) changes.push(flagChange(flag, "attribute-constraints", false, `attribute ${JSON.stringify(old.key)}: ${constraints}`));
  }
  for (const now of sides.after) {
    if (before.has(now.key)) continue;
    const required = now.required ? "required " : "";
    changes.push(flagChange(flag, "attribute-added", false, `${required}attribute ${JSON.stringify(now.key)} added (${typeText(now.type)})`));
  }
  return changes;
}

/** `"dark" | "light" → "dark" (enum members removed "light"…); now required`, or undefined when type and required-ness are the same. */
function describeTypeChange(old: AttributeModel, now: AttributeModel): string | undefined {
  const parts: string[] = [];
  if (typeKey(old.type) !== typeKey(now.type)) parts.push(describeType(old.type, now.type));
  if (now.required && !old.required) parts.push("now required: values typed for the deployed version (test overrides, fakes) may lack it");
  if (!now.required && old.required) parts.push("no longer required: code generated from the deployed version reads it without checking");
  return parts.length === 0 ? undefined : parts.join("; ");
}

function describeType(old: TsType, now: TsType): string {
  const oldLiterals = literalMembers(old);
  const newLiterals = literalMembers(now);
  if (oldLiterals && newLiterals) {
    const removed = oldLiterals.filter((member) => !newLiterals.includes(member));
    const added = newLiterals.filter((member) => !oldLiterals.includes(member));
    return [
      ...(removed.length > 0 ? [`enum members removed ${quotedList(removed)} (code generated from the deployed version may compare with them)`] : []),
      ...(added.length > 0 ? [`enum members added ${quotedList(added)} (code generated from the deployed version does not expect them)`] : []),
    ].join("; ");
  }
  const hint = isAssignable(now, old) ? " (narrower: code generated from the deployed version may compare with values it no longer allows)"
    : isAssignable(old, now) ? " (wider: code generated from the deployed version does not expect the new values)"
      : "";
  return `${typeText(old)} → ${typeText(now)}${hint}`;
}

/** The string members of an all-literal union (an enum), or undefined for any other type. */
function literalMembers(type: TsType): string[] | undefined {
  const members = membersOf(type);
  const literals = members.flatMap((member) => (member.kind === "literal" ? [String(member.value)] : []));
  return literals.length === members.length && literals.length > 0 ? literals : undefined;
}

/** `maximum 500 → 100, pattern none → "^a"`: the non-type keywords that differ, `elements.` prefixed for array elements. */
function describeConstraintChanges(before: JsonValue | undefined, after: JsonValue | undefined): string | undefined {
  const old = keywordsOf(before);
  const now = keywordsOf(after);
  const names = [...new Set([...old.keys(), ...now.keys()])].sort();
  const parts = names.flatMap((name) => {
    const [a, b] = [old.get(name), now.get(name)];
    return sameJson(a, b) ? [] : [`${name} ${shown(a)} → ${shown(b)}`];
  });
  return parts.length === 0 ? undefined : `constraints ${parts.join(", ")}`;
}

/** The non-type keywords of constraints, `elements` flattened (its type keywords are part of the generated type). */
function keywordsOf(constraints: JsonValue | undefined): Map<string, JsonValue> {
  const found = new Map<string, JsonValue>();
  if (constraints === undefined || constraints === null || typeof constraints !== "object" || Array.isArray(constraints)) return found;
  for (const [name, value] of Object.entries(constraints)) {
    if (name === "elements") for (const [inner, innerValue] of keywordsOf(value)) found.set(`elements.${inner}`, innerValue);
    else if (!TYPE_KEYWORDS.has(name)) found.set(name, value);
  }
  return found;
}

function shown(value: JsonValue | undefined): string {
  return value === undefined ? "none" : JSON.stringify(value);
}
