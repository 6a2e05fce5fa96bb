// Whitespace Python's int() strips: ASCII \t \n \v \f \r and space, plus the non-ASCII
// characters str.isspace() accepts. ASCII \x1c–\x1f are *not* stripped by int().
const INT_WHITESPACE = new Set(
  "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" +
    "\u2028\u2029\u202f\u205f\u3000",
);
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The value of a Unicode decimal digit (general category Nd), or `undefined`.
 * Nd characters come in runs of complete 0–9 sequences, so the value is the distance
 * from the start of the run, modulo 10.
 * @example
 * decimalDigitValue("٣"); // 3
 */
export function decimalDigitValue(char: string): number | undefined {
  if (!DECIMAL_DIGIT.test(char)) return undefined;
  const codePoint = char.codePointAt(0) ?? 0;
  let runStart = codePoint;
  while (runStart > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(runStart - 1))) runStart -= 1;
  return (codePoint - runStart) % 10;
}

/**
 * Reads text the way Python's `int(text)` does: surrounding whitespace, an optional
 * sign, decimal digits of any script, single underscores between digits. Returns
 * `undefined` where Python raises ValueError. Values past 2^53 lose precision, which
 * no caller can observe (they only accept small numbers).
 * @example
 * parsePythonInt(" ٠٥\u00a0"); // 5
 * parsePythonInt("1_000"); // 1000
 * parsePythonInt("1__0"); // undefined
 */
export function parsePythonInt(text: string): number | undefined {
  const chars = trimIntWhitespace([...text]);
  let sign = 1;
  if (chars[0] === "+" || chars[0] === "-") {
    sign = chars[0] === "-" ? -1 : 1;
    chars.shift();
  }
  let value = 0;
  let previousWasDigit = false;
  for (const char of chars) {
    if (char === "_" && previousWasDigit) {
      previousWasDigit = false;
      continue;
    }
    const digit = decimalDigitValue(char);
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
    previousWasDigit = true;
  }
  if (!previousWasDigit) return undefined;
  return value === 0 ? 0 : sign * value;
}

function trimIntWhitespace(chars: string[]): string[] {
  let start = 0;
  let end = chars.length;
  while (start < end && INT_WHITESPACE.has(chars[start] ?? "")) start += 1;
  while (end > start && INT_WHITESPACE.has(chars[end - 1] ?? "")) end -= 1;
  return chars.slice(start, end);
}
