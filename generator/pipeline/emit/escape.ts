import { isPlainIdentifier } from "../model/naming.js";

/**
 * The only door for user text into generated code. Strings become JSON-encoded literals, names
 * become plain identifiers or quoted keys, comments are neutralised. User text never reaches a
 * `//` comment or a template literal.
 */

const LINE_TERMINATORS = /\r\n|[\r\n\u2028\u2029]/g;

const SEPARATOR = /[\u2028\u2029]/;
const SEPARATORS = /[\u2028\u2029]/g;

/** A double-quoted string literal that round-trips `text` exactly. */
export function stringLiteral(text: string): string {
  // JSON encodes quotes, backslashes, control characters and lone surrogates; U+2028/U+2029 are
  // legal raw in JSON and in ES2019 strings, but escaping keeps the output readable and old-parser safe.
  // Tested first: a module holds hundreds of thousands of literals and almost none has a separator.
  const json = JSON.stringify(text);
  return SEPARATOR.test(json) ? json.replace(SEPARATORS, (separator) => (separator === "\u2028" ? "\\u2028" : "\\u2029")) : json;
}

/** A property name in a type (interface member, type literal): bare when a plain identifier. */
export function typePropertyName(key: string): string {
  return isPlainIdentifier(key) ? key : stringLiteral(key);
}

/**
 * A property name in an object literal. `__proto__` as a plain or quoted key would set the
 * prototype instead of creating a member, so it is written as a computed key.
 */
export function objectLiteralKey(key: string): string {
  return key === "__proto__" ? `[${stringLiteral(key)}]` : typePropertyName(key);
}

/** A number literal that evaluates to the same double (`-0` and infinities included). */
export function numberLiteral(value: number): string {
  if (Object.is(value, -0)) return "-0";
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  return String(value);
}

/**
 * Text for a `/** … *\/` doc comment: line terminators become `\n` (ts-morph prefixes each line
 * with ` * `), `*\/` cannot close the comment, trailing spaces and surrounding blank lines are dropped.
 */
export function docText(text: string): string {
  const lines = text.replace(LINE_TERMINATORS, "\n").replaceAll("*/", "*\\/").split("\n").map((line) => line.trimEnd());
  while (lines[0] === "") lines.shift();
  while (lines.at(-1) === "") lines.pop();
  return lines.join("\n");
}

/** Text for a one-line `/* … *\/` comment: like `docText`, with line breaks turned into spaces. */
export function inlineCommentText(text: string): string {
  return docText(text).replaceAll("\n", " ");
}

/** Inline code in a doc comment: a backtick-quoted name, escaped like any doc text. */
export function docCode(text: string): string {
  return `\`${docText(text).replaceAll("`", "'")}\``;
}
