import { printParseErrorCode, visit, type ParseError } from "jsonc-parser";
import { LOAD_CODES, type LoadCode } from "./load-codes.js";

/** One syntax finding; `recoverable` ones (comments, trailing commas) leave the parsed tree trustworthy. */
export interface JsonSyntaxProblem {
  readonly offset: number;
  readonly code: LoadCode;
  readonly message: string;
  readonly recoverable: boolean;
}

/**
 * Turns jsonc-parser errors (parsed with comments disallowed, trailing commas allowed) plus the trailing
 * commas it tolerated into findings. After the first unrecoverable error the parser's recovery is a guess,
 * so later errors are cascades and are dropped.
 */
export function describeSyntaxErrors(text: string, errors: readonly ParseError[]): JsonSyntaxProblem[] {
  const described = errors.map((error) => describeError(text, error));
  const hasComments = described.some((problem) => problem.code === LOAD_CODES.jsonComment);
  const problems = [...described, ...findTrailingCommas(text, hasComments)];
  problems.sort((a, b) => a.offset - b.offset);
  const firstHard = problems.find((problem) => !problem.recoverable);
  return problems.filter((problem) => problem.recoverable ? !firstHard || problem.offset < firstHard.offset : problem === firstHard);
}

function describeError(text: string, error: ParseError): JsonSyntaxProblem {
  const { offset, length } = error;
  const name = printParseErrorCode(error.error);
  if (name === "InvalidCommentToken" && isClosedComment(text, offset, length)) {
    return { offset, code: LOAD_CODES.jsonComment, message: "comments are not allowed in JSON", recoverable: true };
  }
  const [at, message] = describeHardError(name, text, offset, length);
  return { offset: at, code: LOAD_CODES.jsonSyntax, message, recoverable: false };
}

/** Where an unrecoverable error really is (jsonc-parser reports some at the start of their token) and what it says. */
function describeHardError(name: string, text: string, offset: number, length: number): [number, string] {
  const atEnd = offset >= text.length;
  const found = describeAt(text, offset);
  switch (name) {
    case "InvalidCommentToken": return [offset, "unterminated comment (and comments are not allowed in JSON)"];
    case "InvalidSymbol": return [offset, `unexpected ${describeToken(text.slice(offset, offset + length))}`];
    case "ValueExpected": return [offset, atEnd ? endOfFile(text, "a value") : `expected a value, found ${found}`];
    case "PropertyNameExpected": return [offset, `expected a property name in double quotes, found ${found}`];
    case "ColonExpected": return [offset, `expected ':' after the property name, found ${found}`];
    case "CommaExpected": return [offset, `expected ',' or a closing bracket, found ${found}`];
    case "CloseBraceExpected": return [offset, atEnd ? endOfFile(text, "'}'") : `expected ',' or '}', found ${found}`];
    case "CloseBracketExpected": return [offset, atEnd ? endOfFile(text, "']'") : `expected ',' or ']', found ${found}`];
    case "EndOfFileExpected": return [offset, `unexpected ${found} after the end of the JSON value`];
    case "UnexpectedEndOfString":
      return offset + length >= text.length ? [offset, "unterminated string"] : [offset + length, "line break inside a string (write it as \\n)"];
    case "UnexpectedEndOfNumber":
    case "InvalidNumberFormat": return [offset, `malformed number ${JSON.stringify(text.slice(offset, offset + length))}`];
    case "InvalidUnicode": return [findEscape(text, offset, /\\u(?![0-9a-fA-F]{4})/y), "invalid \\u escape: expected four hex digits"];
    case "InvalidEscapeCharacter": return [findEscape(text, offset, /\\[^"\\/bfnrtu]/y), "invalid escape sequence in string"];
    case "InvalidCharacter": return [findControlCharacter(text, offset, length), "control character in string (escape it, e.g. \\t)"];
    default: return [offset, "invalid JSON"];
  }
}

/** Commas directly before `}` or `]`, which jsonc-parser accepts when asked and JSON does not. */
function findTrailingCommas(text: string, hasComments: boolean): JsonSyntaxProblem[] {
  // The second pass over the text is only needed when a trailing comma is possible at all.
  if (!hasComments && !/,\s*[}\]]/.test(text)) return [];
  const found: JsonSyntaxProblem[] = [];
  let pendingComma: number | undefined;
  const clear = (): void => { pendingComma = undefined; };
  const close = (): void => {
    if (pendingComma !== undefined) {
      found.push({ offset: pendingComma, code: LOAD_CODES.trailingComma, message: "trailing comma is not allowed in JSON", recoverable: true });
    }
    clear();
  };
  visit(text, {
    onSeparator: (character, offset) => { pendingComma = character === "," ? offset : undefined; },
    onObjectBegin: clear, onArrayBegin: clear, onObjectProperty: clear, onLiteralValue: clear,
    onObjectEnd: close, onArrayEnd: close,
  }, { allowTrailingComma: true, disallowComments: false });
  return found;
}

function isClosedComment(text: string, offset: number, length: number): boolean {
  const comment = text.slice(offset, offset + length);
  return !comment.startsWith("/*") || (comment.length >= 4 && comment.endsWith("*/"));
}

function endOfFile(text: string, expected: string): string {
  return text.trim() === "" ? "file is empty: expected a JSON object" : `unexpected end of file: expected ${expected}`;
}

function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return "end of file";
  return describeToken(text.slice(offset, offset + 1));
}

function describeToken(token: string): string {
  if (token === "\ufeff") return "byte-order mark";
  const code = token.codePointAt(0) ?? 0;
  const printable = code > 0x20 && code !== 0x7f && code !== 0xa0;
  return printable ? `'${token}'` : `character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

function findEscape(text: string, from: number, pattern: RegExp): number {
  for (let index = from; index < text.length; index++) {
    pattern.lastIndex = index;
    if (text.charCodeAt(index) === 0x5c && pattern.test(text)) return index;
    if (text.charCodeAt(index) === 0x5c) index++;
  }
  return from;
}

function findControlCharacter(text: string, from: number, length: number): number {
  for (let index = from; index < from + length; index++) if (text.charCodeAt(index) < 0x20) return index;
  return from;
}
