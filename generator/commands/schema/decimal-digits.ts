/**
 * `\p{Nd}` (any Unicode decimal digit, as Python's `int()` accepts them) spelled out as plain
 * characters, for regex dialects without Unicode property escapes: draft-04 patterns are
 * "ECMA 262" without the `u` flag, where `\p{Nd}` means the letter `p` followed by `{Nd}`.
 */
const PROPERTY_ESCAPE = /\\[pP]\{([^}]*)\}/y;
const LAST_BMP_CODE_POINT = 0xffff;
const LAST_CODE_POINT = 0x10ffff;

let members: string | undefined;

/**
 * The characters of `\p{Nd}` as the body of a character class (no brackets), from the running
 * engine's Unicode tables: BMP digits as ranges (`0-9٠-٩…`); digits beyond the BMP one by one,
 * because a range of them would be a backwards surrogate range (a syntax error) without the `u` flag.
 * @example new RegExp(`^[${decimalDigitClassMembers()}]$`).test("٣") // true
 */
export function decimalDigitClassMembers(): string {
  members ??= buildMembers();
  return members;
}

/**
 * `pattern` with every `\p{Nd}` replaced by the explicit digit class (inside a class, by its members).
 * Any other property escape is refused: there is no portable spelling for it yet.
 * @example expandDecimalDigitEscapes("^\\p{Nd}$") // "^[0-9٠-٩…]$"
 */
export function expandDecimalDigitEscapes(pattern: string): string {
  let result = "";
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern.charAt(index);
    if (char === "\\") {
      PROPERTY_ESCAPE.lastIndex = index;
      const escape = PROPERTY_ESCAPE.exec(pattern);
      if (escape) {
        if (escape[0] !== "\\p{Nd}") throw new Error(`no draft-04 spelling for the pattern escape ${escape[0]} in ${pattern}`);
        result += inClass ? decimalDigitClassMembers() : `[${decimalDigitClassMembers()}]`;
        index += escape[0].length - 1;
        continue;
      }
      result += pattern.slice(index, index + 2);
      index++;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    result += char;
  }
  return result;
}

function buildMembers(): string {
  const digit = /^\p{Nd}$/u;
  let text = "";
  let start: number | undefined;
  for (let code = 0; code <= LAST_BMP_CODE_POINT + 1; code++) {
    const isDigit = code <= LAST_BMP_CODE_POINT && digit.test(String.fromCharCode(code));
    if (isDigit && start === undefined) start = code;
    if (!isDigit && start !== undefined) {
      text += rangeText(start, code - 1);
      start = undefined;
    }
  }
  for (let code = LAST_BMP_CODE_POINT + 1; code <= LAST_CODE_POINT; code++) {
    const char = String.fromCodePoint(code);
    if (digit.test(char)) text += char;
  }
  return text;
}

function rangeText(first: number, last: number): string {
  const from = String.fromCharCode(first);
  if (first === last) return from;
  return last === first + 1 ? `${from}${String.fromCharCode(last)}` : `${from}-${String.fromCharCode(last)}`;
}
