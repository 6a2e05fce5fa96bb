/**
 * Character-level reading for the rule parser: white space and comments, identifiers and quoted
 * text. Failures are thrown as {@link RuleSyntaxFailure}, which only `parseRule` catches.
 */

/** Internal: carries a syntax error out of the recursive descent to `parseRule`. */
export class RuleSyntaxFailure extends Error {
  constructor(
    readonly offset: number,
    readonly length: number,
    message: string,
  ) {
    super(message);
  }
}

/** The rule text and the read position. */
export interface Cursor {
  readonly text: string;
  pos: number;
}

export function fail(offset: number, length: number, message: string): never {
  throw new RuleSyntaxFailure(offset, Math.max(length, 1), message);
}

const SPACE = new Set([" ", "\t", "\n", "\r", "\v", "\f"]);

/** Skips white space, `// line` and `/* block *\/` comments (both are Ion). */
export function skipSpace(cursor: Cursor): void {
  const { text } = cursor;
  while (cursor.pos < text.length) {
    const ch = text[cursor.pos] ?? "";
    if (SPACE.has(ch)) cursor.pos += 1;
    else if (text.startsWith("//", cursor.pos)) {
      const newline = text.indexOf("\n", cursor.pos);
      cursor.pos = newline === -1 ? text.length : newline + 1;
    } else if (text.startsWith("/*", cursor.pos)) {
      const close = text.indexOf("*/", cursor.pos + 2);
      if (close === -1) fail(cursor.pos, 2, "unterminated /* comment");
      cursor.pos = close + 2;
    } else return;
  }
}

export function isIdentifierStart(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z_$]$/.test(ch);
}

function isIdentifierPart(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9_$]$/.test(ch);
}

/**
 * Whether a bare token (identifier, number, timestamp) may end before `pos`: Ion would read an
 * operator character there as a separate symbol, which rules never mean.
 */
export function expectDelimiter(cursor: Cursor, tokenStart: number, allowColon: boolean): void {
  const ch = cursor.text[cursor.pos];
  if (ch === undefined || SPACE.has(ch) || "()[],\"'".includes(ch)) return;
  if (ch === "/" && /^\/[/*]/.test(cursor.text.slice(cursor.pos, cursor.pos + 2))) return;
  if (ch === ":" && allowColon) return;
  const token = cursor.text.slice(tokenStart, cursor.pos);
  const hint = token.startsWith("$") && (ch === "-" || ch === ".") ? ` (to use a context key containing "${ch}", quote it: '${token}${ch}…')` : "";
  fail(cursor.pos, 1, `unexpected character "${ch}" after ${token}${hint}`);
}

/** Reads `[A-Za-z_$][A-Za-z0-9_$]*` at the cursor. */
export function readIdentifier(cursor: Cursor): string {
  const start = cursor.pos;
  while (isIdentifierPart(cursor.text[cursor.pos])) cursor.pos += 1;
  return cursor.text.slice(start, cursor.pos);
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: "\x07", b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", v: "\v",
  "?": "?", "0": "\0", "'": "'", '"': '"', "/": "/", "\\": "\\",
};
const HEX_ESCAPE_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** Reads a `"string"` or `'quoted symbol'` with Ion escapes; the cursor is on the opening quote. */
export function readQuoted(cursor: Cursor, quote: '"' | "'"): string {
  const { text } = cursor;
  const open = cursor.pos;
  let value = "";
  cursor.pos += 1;
  for (;;) {
    const ch = text[cursor.pos];
    if (ch === undefined) fail(open, text.length - open, `unterminated ${quote === '"' ? "string" : "quoted symbol"}`);
    if (ch === quote) break;
    if (ch === "\\") value += readEscape(cursor);
    else if (ch < " " && ch !== "\t") fail(cursor.pos, 1, `control character U+${hex4(ch)} inside quotes: write it as an escape`);
    else {
      value += ch;
      cursor.pos += 1;
    }
  }
  cursor.pos += 1;
  if (/\p{Cs}/u.test(value)) fail(open, cursor.pos - open, "text contains a lone UTF-16 surrogate, which Ion cannot represent");
  return value;
}

function readEscape(cursor: Cursor): string {
  const { text } = cursor;
  const at = cursor.pos;
  const kind = text[at + 1];
  if (kind === "\n" || (kind === "\r" && text[at + 2] === "\n")) {
    cursor.pos = at + (kind === "\n" ? 2 : 3);
    return "";
  }
  if (kind === undefined) fail(at, 1, "unterminated escape");
  const simple = SIMPLE_ESCAPES[kind];
  if (simple !== undefined) {
    cursor.pos = at + 2;
    return simple;
  }
  const digits = HEX_ESCAPE_DIGITS[kind];
  if (digits === undefined) fail(at, 2, `unknown escape \\${kind}`);
  const hex = text.slice(at + 2, at + 2 + digits);
  if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex)) fail(at, 2 + hex.length, `\\${kind} needs ${digits} hex digits`);
  const code = Number.parseInt(hex, 16);
  if (code > 0x10ffff) fail(at, 2 + digits, `\\${kind}${hex} is beyond U+10FFFF`);
  cursor.pos = at + 2 + digits;
  return String.fromCodePoint(code);
}

function hex4(ch: string): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
}
