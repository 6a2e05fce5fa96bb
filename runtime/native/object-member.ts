import { isJsonObject, memberOf } from "../engine/json-shape.js";

/**
 * The member `key` of `document` when both are JSON objects, else an empty object: stored
 * documents are read member by member, and an absent or malformed part reads as empty.
 * @example objectMember({ flags: { a: {} } }, "flags") // { a: {} }
 */
export function objectMember(document: unknown, key: string): Readonly<Record<string, unknown>> {
  const member = isJsonObject(document) ? memberOf(document, key) : undefined;
  return isJsonObject(member) ? member : {};
}
