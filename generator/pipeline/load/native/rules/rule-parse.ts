import { readNumeric } from "./rule-numbers.js";
import {
  expectDelimiter,
  fail,
  isIdentifierStart,
  readIdentifier,
  readQuoted,
  RuleSyntaxFailure,
  skipSpace,
  type Cursor,
} from "./rule-scanner.js";
import type { RuleAnnotation, RuleNode, RuleParseResult, RuleSymbol } from "./rule-syntax.js";

/** Deeper nesting than any real rule; keeps recursion far from the stack limit. */
export const MAX_RULE_DEPTH = 64;

/**
 * Parses one multi-variant rule (an Ion s-expression) into a positioned syntax tree. Accepts a
 * strict subset of Ion text: s-expressions, lists, strings, symbols, ints, decimals, floats,
 * timestamps, booleans, annotations and comments. Stops at the first syntax error, which carries
 * an offset into `text`. Whether the tree is a meaningful rule is `checkRule`'s job.
 * @example
 * const result = parseRule('(split pct::10 by::$userId seed::"abc")');
 * result.ok && result.node.kind; // "sexp"
 */
export function parseRule(text: string): RuleParseResult {
  const cursor: Cursor = { text, pos: 0 };
  try {
    skipSpace(cursor);
    if (cursor.pos >= text.length) fail(0, text.length, 'empty rule: expected an expression such as (eq $plan "pro")');
    const node = parseValue(cursor, 0);
    skipSpace(cursor);
    if (cursor.pos < text.length) fail(cursor.pos, text.length - cursor.pos, trailingMessage(text[cursor.pos]));
    return { ok: true, node };
  } catch (error) {
    if (!(error instanceof RuleSyntaxFailure)) throw error;
    return { ok: false, error: { offset: error.offset, length: error.length, message: error.message } };
  }
}

function parseValue(cursor: Cursor, depth: number): RuleNode {
  const annotations: RuleAnnotation[] = [];
  for (;;) {
    const ch = cursor.text[cursor.pos];
    const last = annotations.at(-1);
    if (last && (ch === undefined || ch === ")" || ch === "]" || ch === ",")) {
      fail(last.start, last.end - last.start, `annotation ${last.name}:: must be followed by a value`);
    }
    if (ch === undefined) fail(cursor.pos, 0, "expected a value");
    if (ch === "(" || ch === "[") return parseContainer(cursor, depth, annotations);
    if (ch === '"') return parseString(cursor, annotations);
    if (/^[0-9]$/.test(ch) || (ch === "-" && /^[0-9]$/.test(cursor.text[cursor.pos + 1] ?? ""))) return readNumeric(cursor, annotations);
    if (!isIdentifierStart(ch) && ch !== "'") fail(cursor.pos, 1, unexpectedMessage(cursor));
    const symbol = parseSymbol(cursor, annotations);
    const afterSymbol = cursor.pos;
    skipSpace(cursor);
    if (!cursor.text.startsWith("::", cursor.pos)) {
      cursor.pos = afterSymbol;
      return keywordOrSymbol(symbol);
    }
    if (!symbol.quoted && KEYWORDS.has(symbol.name)) {
      fail(symbol.start, symbol.end - symbol.start, `${symbol.name} cannot be an annotation; quote it as '${symbol.name}'`);
    }
    annotations.push({ name: symbol.name, start: symbol.start, end: symbol.end });
    cursor.pos += 2;
    skipSpace(cursor);
  }
}

const KEYWORDS = new Set(["true", "false", "null", "nan"]);

function parseSymbol(cursor: Cursor, annotations: readonly RuleAnnotation[]): RuleSymbol {
  const start = cursor.pos;
  if (cursor.text[start] === "'") {
    if (cursor.text.startsWith("'''", start)) fail(start, 3, "long strings ('''…''') are not supported in rules; use \"…\"");
    const name = readQuoted(cursor, "'");
    return { kind: "symbol", name, quoted: true, start, end: cursor.pos, annotations };
  }
  const name = readIdentifier(cursor);
  expectDelimiter(cursor, start, true);
  if (/^\$\d+$/.test(name)) fail(start, name.length, `${name} is an Ion symbol ID, not a context reference; context keys cannot be all digits`);
  return { kind: "symbol", name, quoted: false, start, end: cursor.pos, annotations };
}

function keywordOrSymbol(symbol: RuleSymbol): RuleNode {
  if (symbol.quoted || !KEYWORDS.has(symbol.name)) return symbol;
  if (symbol.name === "true" || symbol.name === "false") {
    return { kind: "bool", value: symbol.name === "true", start: symbol.start, end: symbol.end, annotations: symbol.annotations };
  }
  return fail(symbol.start, symbol.end - symbol.start, `${symbol.name} is not supported in rules`);
}

function parseString(cursor: Cursor, annotations: readonly RuleAnnotation[]): RuleNode {
  const start = cursor.pos;
  const value = readQuoted(cursor, '"');
  return { kind: "string", value, start, end: cursor.pos, annotations };
}

function parseContainer(cursor: Cursor, depth: number, annotations: readonly RuleAnnotation[]): RuleNode {
  const start = cursor.pos;
  const isList = cursor.text[start] === "[";
  if (depth >= MAX_RULE_DEPTH) fail(start, 1, `rule is nested deeper than ${MAX_RULE_DEPTH} levels`);
  cursor.pos += 1;
  const items = isList ? parseListItems(cursor, depth, start) : parseSexpItems(cursor, depth, start);
  return { kind: isList ? "list" : "sexp", items, start, end: cursor.pos, annotations };
}

function parseSexpItems(cursor: Cursor, depth: number, open: number): RuleNode[] {
  const items: RuleNode[] = [];
  for (;;) {
    skipSpace(cursor);
    const ch = cursor.text[cursor.pos];
    if (ch === undefined) fail(open, 1, `missing ) to close the ( at offset ${open}`);
    if (ch === ")") {
      cursor.pos += 1;
      return items;
    }
    if (ch === "]" || ch === ",") fail(cursor.pos, 1, `unexpected "${ch}" inside ( … )`);
    items.push(parseValue(cursor, depth + 1));
  }
}

function parseListItems(cursor: Cursor, depth: number, open: number): RuleNode[] {
  const items: RuleNode[] = [];
  for (;;) {
    skipSpace(cursor);
    const ch = cursor.text[cursor.pos];
    if (ch === undefined) fail(open, 1, `missing ] to close the [ at offset ${open}`);
    if (ch === "]") {
      cursor.pos += 1;
      return items;
    }
    items.push(parseValue(cursor, depth + 1));
    skipSpace(cursor);
    const next = cursor.text[cursor.pos];
    if (next === ",") cursor.pos += 1;
    else if (next !== "]" && next !== undefined) fail(cursor.pos, 1, 'expected "," or "]" between list items');
  }
}

function trailingMessage(ch: string | undefined): string {
  if (ch === ")") return 'unexpected ")": more closing than opening parentheses';
  return "unexpected text after the rule: a rule is a single expression";
}

function unexpectedMessage(cursor: Cursor): string {
  const ch = cursor.text[cursor.pos] ?? "";
  if (ch === "{") return "structs, blobs and clobs ({ … }) are not supported in rules";
  if (ch === ")" || ch === "]") return `unexpected "${ch}" with nothing open to close`;
  if (ch === "+" || cursor.text.startsWith("-inf", cursor.pos)) return "special floats (+inf, -inf, nan) are not supported in rules";
  return `unexpected character "${ch}"`;
}
