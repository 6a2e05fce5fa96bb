import type { CodeBlockWriter } from "ts-morph";
import type { JsonValue } from "@flagtype/runtime";
import { numberLiteral, objectLiteralKey, stringLiteral } from "./escape.js";

/**
 * Writes a JSON value as a TypeScript expression that evaluates to an equal value: one member per
 * line, keys in document order (rule order decides the first match), every text through escape.ts.
 */
export function writeJsonLiteral(writer: CodeBlockWriter, value: JsonValue): void {
  if (value === null) writer.write("null");
  else if (typeof value === "string") writer.write(stringLiteral(value));
  else if (typeof value === "number") writer.write(numberLiteral(value));
  else if (typeof value === "boolean") writer.write(String(value));
  else if (Array.isArray(value)) writeArray(writer, value);
  else writeObject(writer, value);
}

function writeArray(writer: CodeBlockWriter, items: readonly JsonValue[]): void {
  if (items.length === 0) {
    writer.write("[]");
    return;
  }
  writer.write("[").newLine();
  writer.indent(() => {
    for (const item of items) {
      writeJsonLiteral(writer, item);
      writer.write(",").newLine();
    }
  });
  writer.write("]");
}

function writeObject(writer: CodeBlockWriter, object: { readonly [key: string]: JsonValue }): void {
  const entries = Object.entries(object);
  if (entries.length === 0) {
    writer.write("{}");
    return;
  }
  writer.write("{").newLine();
  writer.indent(() => {
    for (const [key, member] of entries) {
      writer.write(`${objectLiteralKey(key)}: `);
      writeJsonLiteral(writer, member);
      writer.write(",").newLine();
    }
  });
  writer.write("}");
}
