import { readIonTimestamp } from "./ion-timestamp.js";
import { expectDelimiter, fail, type Cursor } from "./rule-scanner.js";
import type { RuleAnnotation, RuleNumber, RuleTimestamp } from "./rule-syntax.js";

const TOKEN_CHAR = /^[0-9A-Za-z.:+\-_]$/;
const INT = /^-?(0|[1-9]\d*)$/;
const DECIMAL = /^-?(0|[1-9]\d*)(\.\d*)?([dD][+-]?\d+)?$/;
const FLOAT = /^-?(0|[1-9]\d*)(\.\d*)?[eE][+-]?\d+$/;

/**
 * Reads the number or timestamp starting at the cursor (a digit, or `-` then a digit).
 * Ion spellings this subset does not accept (hex, binary, `_` separators) get their own message.
 */
export function readNumeric(cursor: Cursor, annotations: readonly RuleAnnotation[]): RuleNumber | RuleTimestamp {
  const start = cursor.pos;
  while (TOKEN_CHAR.test(cursor.text[cursor.pos] ?? "")) cursor.pos += 1;
  const text = cursor.text.slice(start, cursor.pos);
  expectDelimiter(cursor, start, false);
  const end = cursor.pos;
  if (/^\d{4}[-T]/.test(text)) {
    const reading = readIonTimestamp(text);
    if (!reading.ok) fail(start, text.length, reading.message);
    return { kind: "timestamp", text, precision: reading.precision, epochMs: reading.epochMs, start, end, annotations };
  }
  const kind = INT.test(text) ? "int" : FLOAT.test(text) ? "float" : DECIMAL.test(text) ? "decimal" : undefined;
  if (kind === undefined) fail(start, text.length, numberMessage(text));
  // Ion ints have no negative zero; decimals and floats do.
  const value = kind === "int" ? Number(text) + 0 : Number(kind === "decimal" ? text.replace(/[dD]/, "e") : text);
  if (!Number.isFinite(value)) fail(start, text.length, `${text} is too large for a 64-bit float`);
  return { kind, value, text, start, end, annotations };
}

function numberMessage(text: string): string {
  if (/^-?0[xXbB]/.test(text)) return `${text}: hexadecimal and binary integers are not supported in rules; write a decimal integer`;
  if (text.includes("_")) return `${text}: digit separators (_) are not supported in rules`;
  if (/^-?0\d/.test(text)) return `${text}: leading zeros are not allowed in Ion numbers`;
  return `${text} is not a valid number or timestamp (e.g. 42, -7, 3.14, 1.234e-5, 2024-01-31)`;
}
