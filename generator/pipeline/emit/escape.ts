import { isPlainIdentifier } from "../model/naming.js";

/**
 * The only door for user text into generated code. Strings become JSON-encoded literals, names
 * become plain identifiers or quoted keys, comments are neutralised. User text never reaches a
 * `//` comment or a template literal.
 */

const LINE_TERMINATORS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Characters a reader cannot see, or that reorder what they see: controls (C0, DEL, C1), format
 * characters (bidi embeddings, overrides and isolates, zero-width characters, U+FEFF, tags), line
 * and paragraph separators, lone surrogates. Raw in a diff, a bidi override makes reviewers read
 * other code than the compiler does (CVE-2021-42574), so none reaches the output unescaped.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const INVISIBLES = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/**
 * `text` with every invisible character but tab and line feed written as `\uXXXX` (one escape per
 * UTF-16 unit, valid for any target). The same escape is the character itself inside a string
 * literal and readable text inside a comment. Tested first: almost no text holds one.
 * @example visibleText("a\u202Eb") // "a\\u202eb"
 */
export function visibleText(text: string): string {
  if (!INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLES, (char) => (char === "\t" || char === "\n" ? char : unitEscapes(char)));
}

function unitEscapes(char: string): string {
  let escaped = "";
  for (let index = 0; index < char.length; index++) escaped += `\\u${char.charCodeAt(index).toString(16).padStart(4, "0")}`;
  return escaped;
}

/** A double-quoted string literal that round-trips `text` exactly, with no invisible character raw. */
export function stringLiteral(text: string): string {
  // JSON encodes quotes, backslashes, C0 controls and lone surrogates; the rest of the invisible
  // characters (bidi controls, U+FEFF, U+2028/U+2029, …) are legal raw in JSON and strings.
  return visibleText(JSON.stringify(text));
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
 * with ` * `), `*\/` cannot close the comment, invisible characters are shown as `\uXXXX`,
 * trailing spaces and surrounding blank lines are dropped.
 */
export function docText(text: string): string {
  const visible = visibleText(text.replace(LINE_TERMINATORS, "\n"));
  const lines = visible.replaceAll("*/", "*\\/").split("\n").map((line) => line.trimEnd());
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
