import type { AttributeConstraints, NumberConstraints, StringConstraints } from "../../load/native/stored/stored-document.js";
import { arrayOf, BOOLEAN, literalOf, NUMBER, STRING, unionOf, type TsType } from "../ts-type.js";

/** What an attribute without constraints may hold: AppConfig's attribute value kinds. */
const ANY_ATTRIBUTE: TsType = unionOf([STRING, NUMBER, BOOLEAN, arrayOf(STRING), arrayOf(NUMBER)]);

/**
 * The TypeScript type of an attribute's value, from its constraints: `enum` is a literal union
 * (an integer entry of a string enum stands for its decimal text), arrays are readonly arrays of
 * their element type, no constraints allow every attribute value kind.
 * @example attributeType({ type: "string", enum: ["light", "dark"] }) // "dark" | "light"
 */
export function attributeType(constraints: AttributeConstraints | undefined): TsType {
  switch (constraints?.type) {
    case undefined:
      return ANY_ATTRIBUTE;
    case "string":
    case "number":
      return scalarType(constraints);
    case "boolean":
      return BOOLEAN;
    case "array":
      return constraints.elements ? arrayOf(scalarType(constraints.elements)) : unionOf([arrayOf(STRING), arrayOf(NUMBER)]);
  }
}

function scalarType(constraints: StringConstraints | NumberConstraints): TsType {
  if (constraints.type === "number") return NUMBER;
  if (!constraints.enum) return STRING;
  return unionOf(constraints.enum.map((entry) => literalOf(typeof entry === "number" ? String(entry) : entry)));
}
