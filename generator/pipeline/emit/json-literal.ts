import type { JsonValue } from "@flagtype/runtime";
import type { CodeWriter } from "./code-writer.js";
import { numberLiteral, objectLiteralKey, stringLiteral } from "./escape.js";

/**
 * Writes a JSON value as a TypeScript expression that evaluates to an equal value: one member per
 * line, keys in document order (rule order decides the first match), every text through escape.ts.
 */
export function writeJsonLiteral(writer: CodeWriter, value: JsonValue): void {
  if (value === null) writer.write("null");
  else if (typeof value === "string") writer.write(stringLiteral(value));
  else if (typeof value === "number") writer.write(numberLiteral(value));
  else if (typeof value === "boolean") writer.write(String(value));
  else if (Array.isArray(value)) writeArray(writer, value);
  else writeObject(writer, value);
}

function writeArray(writer: CodeWriter, items: readonly JsonValue[]): void {
  if (items.length === 0) {
    writer.write("[]");
    return;
  }
  writer.write("[").newLine();
  writer.indented(() => {
    for (const item of items) {
      writeJsonLiteral(writer, item);
      writer.write(",").newLine();
    }
  });
  writer.write("]");
}

function writeObject(writer: CodeWriter, object: { readonly [key: string]: JsonValue }): void {
  const entries = Object.entries(object);
  if (entries.length === 0) {
    writer.write("{}");
    return;
  }
  writer.write("{").newLine();
  writer.indented(() => {
    for (const [key, member] of entries) {
      writer.write(`${objectLiteralKey(key)}: `);
      writeJsonLiteral(writer, member);
      writer.write(",").newLine();
    }
  });
  writer.write("}");
}
