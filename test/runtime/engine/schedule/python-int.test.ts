import { describe, expect, it } from "vitest";
import { decimalDigitValue, parsePythonInt } from "../../../../runtime/engine/schedule/python-int.js";

describe("decimalDigitValue", () => {
  it.each([
    ["0", 0],
    ["9", 9],
    ["٣", 3], // Arabic-Indic
    ["۷", 7], // Extended Arabic-Indic
    ["๕", 5], // Thai
    ["１", 1], // fullwidth
    ["\u{1D7CF}", 1], // mathematical bold one: five runs of digits touch at U+1D7CE–U+1D7FF
    ["\u{1D7D8}", 0], // double-struck zero, right after bold nine
    ["\u{1D7E1}", 9],
    ["\u{1D7FF}", 9],
  ])("%s is %i", (char, value) => {
    expect(decimalDigitValue(char)).toBe(value);
  });

  it.each(["x", "²", "½", "Ⅷ", "_", " ", ""])("%j is not a decimal digit", (char) => {
    expect(decimalDigitValue(char)).toBeUndefined();
  });
});

describe("parsePythonInt mirrors Python's int(text)", () => {
  it.each([
    ["7", 7],
    ["007", 7],
    ["+5", 5],
    ["-5", -5],
    ["-0", 0],
    ["1_000", 1000],
    ["00_1", 1],
    [" 42 ", 42],
    ["\t\n\v\f\r42\r\n", 42],
    ["5\u00a0", 5], // no-break space
    ["5\u0085", 5], // next line
    ["\u20285\u3000", 5], // line separator, ideographic space
    ["٠٥", 5],
    ["1٣", 13],
    ["\u{1D7D9}\u{1D7D8}", 10],
    ["１２", 12],
  ])("%j → %i", (text, value) => {
    expect(parsePythonInt(text)).toBe(value);
  });

  it.each([
    "",
    " ",
    "+",
    "- 5", // no space after the sign
    "5x",
    "5.0",
    "1__0",
    "_1",
    "1_",
    "+_1",
    "5\u200b", // zero-width space is not whitespace
    "5\ufeff",
    "\u001c5", // ASCII \x1c–\x1f count as space for str.isspace() but not for int()
    "5\u001f",
    "²",
    "0x10",
  ])("%j raises (undefined)", (text) => {
    expect(parsePythonInt(text)).toBeUndefined();
  });
});
