import { readIonTimestamp } from "../../../../pipeline/load/native/rules/ion-timestamp.js";

/**
 * How context text (the agent gets every value as text from `Context: key=value` headers) is
 * read when a rule compares it with a typed constant. The constant decides: a number constant
 * reads the text as a number, a timestamp constant as a timestamp, a boolean constant as
 * `true`/`false`, a string constant as the text itself. Text that does not read as the
 * constant's type makes the comparison unknown (the rule does not match), not false.
 */

// Decimal notation with optional exponent: "42", "-7", "3.14", ".5", "1E+00" (Go's %E), "1.234e-5".
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The number a context text spells, or `undefined`. No hex, no `_`, no white space, no `Infinity`.
 * @example textAsNumber("1E+00") // 1
 */
export function textAsNumber(text: string): number | undefined {
  if (!NUMBER_TEXT.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * `true` or `false` for exactly those words (case-sensitive), else `undefined`.
 * @example textAsBoolean("true") // true
 */
export function textAsBoolean(text: string): boolean | undefined {
  return text === "true" ? true : text === "false" ? false : undefined;
}

/**
 * The instant (epoch milliseconds) of an Ion timestamp text such as `2024-01-31` or
 * `2012-03-04T05:06:07-08:00`, else `undefined`. Missing or unknown offsets read as UTC.
 * @example textAsInstant("2024-01-31T00:00:00Z") // 1706659200000
 */
export function textAsInstant(text: string): number | undefined {
  const reading = readIonTimestamp(text);
  return reading.ok ? reading.epochMs : undefined;
}
