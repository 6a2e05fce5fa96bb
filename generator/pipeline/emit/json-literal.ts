import type { JsonValue } from "@flagtype/runtime";
import type { CodeWriter } from "./code-writer.js";
import { numberLiteral, objectLiteralKey, stringLiteral } from "./escape.js";

/**
 * Nesting level (the value itself is level 1) at which arrays and objects are written as
 * `(… as ReadonlyJsonValue)`. TypeScript compares a literal with the recursive JSON type one level
 * at a time and gives up (TS2321, excessive stack depth) at about 50 nested arrays, below the 64
 * levels a document may have; cut at 32, neither the part above nor the part below reaches that.
 */
export const TYPED_DEPTH = 32;

/** The name the cut is typed with: the module imports it when `reachesTypedDepth`. */
export const CUT_TYPE = "ReadonlyJsonValue";

/**
 * Writes a JSON value as a TypeScript expression that evaluates to an equal value: one member per
 * line, keys in document order (rule order decides the first match), every text through escape.ts.
 */
export function writeJsonLiteral(writer: CodeWriter, value: JsonValue, depth = 1): void {
  if (value === null) writer.write("null");
  else if (typeof value === "string") writer.write(stringLiteral(value));
  else if (typeof value === "number") writer.write(numberLiteral(value));
  else if (typeof value === "boolean") writer.write(String(value));
  else if (Array.isArray(value)) typedAtCut(writer, depth, () => writeArray(writer, value, depth));
  else typedAtCut(writer, depth, () => writeObject(writer, value, depth));
}

/** Whether `value` has an array or object at level `TYPED_DEPTH`, so `writeJsonLiteral` writes a cut. */
export function reachesTypedDepth(value: JsonValue, depth = 1): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (depth === TYPED_DEPTH) return true;
  const members: readonly JsonValue[] = Array.isArray(value) ? value : Object.values(value);
  return members.some((member) => reachesTypedDepth(member, depth + 1));
}

function typedAtCut(writer: CodeWriter, depth: number, write: () => void): void {
  if (depth !== TYPED_DEPTH) return write();
  writer.write("(");
  write();
  writer.write(` as ${CUT_TYPE})`);
}

function writeArray(writer: CodeWriter, items: readonly JsonValue[], depth: number): void {
  if (items.length === 0) {
    writer.write("[]");
    return;
  }
  writer.write("[").newLine();
  writer.indented(() => {
    for (const item of items) {
      writeJsonLiteral(writer, item, depth + 1);
      writer.write(",").newLine();
    }
  });
  writer.write("]");
}

function writeObject(writer: CodeWriter, object: { readonly [key: string]: JsonValue }, depth: number): void {
  const entries = Object.entries(object);
  if (entries.length === 0) {
    writer.write("{}");
    return;
  }
  writer.write("{").newLine();
  writer.indented(() => {
    for (const [key, member] of entries) {
      writer.write(`${objectLiteralKey(key)}: `);
      writeJsonLiteral(writer, member, depth + 1);
      writer.write(",").newLine();
    }
  });
  writer.write("}");
}
