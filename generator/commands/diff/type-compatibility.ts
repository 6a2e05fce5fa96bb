import type { TsField, TsType } from "../../pipeline/model/ts-type.js";

/**
 * Whether every value of `source` is a value of `target`, for the model's types (structural,
 * like TypeScript's assignability for these shapes). Used in both directions: a changed value
 * type is safe when the new type fits the old one (callers handle it); a changed context type is
 * safe when the old type fits the new one (callers keep passing what they pass).
 * @example isAssignable({ kind: "string" }, { kind: "union", members: [{ kind: "string" }, { kind: "number" }] }) // true
 */
export function isAssignable(source: TsType, target: TsType): boolean {
  if (target.kind === "json") return true;
  if (source.kind === "union") return source.members.every((member) => isAssignable(member, target));
  if (target.kind === "union") return target.members.some((member) => isAssignable(source, member));
  switch (source.kind) {
    case "array":
      return target.kind === "array" && isAssignable(source.items, target.items);
    case "object":
      return target.kind === "json-object" || (target.kind === "object" && fieldsFit(source.fields, target.fields));
    case "reference":
      return target.kind === "reference" && target.name === source.name;
    case "literal":
      // "dark" fits "dark" and string; not another literal.
      return target.kind === "literal" ? target.value === source.value : target.kind === typeof source.value;
    default:
      return source.kind === target.kind;
  }
}

/** Every field the target requires is present and fits; optional target fields fit when present. */
function fieldsFit(source: readonly TsField[], target: readonly TsField[]): boolean {
  return target.every((wanted) => {
    const found = source.find((field) => field.key === wanted.key);
    if (!found) return wanted.optional;
    if (found.optional && !wanted.optional) return false;
    return isAssignable(found.type, wanted.type);
  });
}
