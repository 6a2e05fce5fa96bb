import type { TsType } from "../model/ts-type.js";
import { numberLiteral, stringLiteral, typePropertyName } from "./escape.js";

/** The TypeScript text of a model type; arrays and object members are readonly. */
export function typeText(type: TsType): string {
  switch (type.kind) {
    case "json":
      return "JsonValue";
    case "json-object":
      return "{ readonly [key: string]: JsonValue }";
    case "array":
      return `readonly ${needsParentheses(type.items) ? `(${typeText(type.items)})` : typeText(type.items)}[]`;
    case "object":
      return type.fields.length === 0
        ? "{ readonly [key: string]: never }"
        : `{ ${type.fields.map((field) => `readonly ${typePropertyName(field.key)}${field.optional ? "?" : ""}: ${typeText(field.type)}`).join("; ")} }`;
    case "union":
      return type.members.length === 0 ? "never" : type.members.map(typeText).join(" | ");
    case "reference":
      return type.name;
    case "literal":
      return typeof type.value === "string" ? stringLiteral(type.value) : typeof type.value === "number" ? numberLiteral(type.value) : String(type.value);
    default:
      return type.kind;
  }
}

/** `readonly` binds to the array type only: unions and nested arrays need parentheses as items. */
function needsParentheses(items: TsType): boolean {
  return (items.kind === "union" && items.members.length > 1) || items.kind === "array";
}

/** Whether the text of `type` mentions `JsonValue` (so the module must import it). */
export function mentionsJsonValue(type: TsType): boolean {
  switch (type.kind) {
    case "json":
    case "json-object":
      return true;
    case "array":
      return mentionsJsonValue(type.items);
    case "object":
      return type.fields.some((field) => mentionsJsonValue(field.type));
    case "union":
      return type.members.some(mentionsJsonValue);
    default:
      return false;
  }
}
