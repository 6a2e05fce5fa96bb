import { describe, expect, it } from "vitest";
import {
  compareCodePoints,
  containsCodePoints,
  endsWithCodePoints,
  isCodeUnitOrderSafe,
  startsWithCodePoints,
} from "../../../runtime/engine/python-strings.js";

describe("compareCodePoints", () => {
  it.each([
    ["\uffff", "😀", -1], // BMP private-use vs astral: code units say the opposite
    ["\ue000", "😀", -1],
    ["😀", "\uffff", 1],
    ["😀", "😁", -1],
    ["a😀", "a\uffff", 1],
    ["pre", "premium", -1],
    ["premium", "pre", 1],
    ["a", "B", 1],
    ["ab", "ａ", -1],
    ["é", "e\u0301", 1],
    ["", "", 0],
    ["😀", "😀", 0],
    ["x\ud83d", "x😀", -1], // lone high surrogate is the code point U+D83D, below U+1F600
    ["x😀", "x\ud83dA", 1],
  ] as const)("%j vs %j → %i", (a, b, expected) => {
    expect(compareCodePoints(a, b)).toBe(expected);
    expect(compareCodePoints(b, a)).toBe(expected === 0 ? 0 : -expected);
  });

  it("matches code-unit order whenever the value has no unit at or above U+D800", () => {
    expect(isCodeUnitOrderSafe("premium é \ud7ff")).toBe(true);
    expect(isCodeUnitOrderSafe("ａ")).toBe(false);
    expect(isCodeUnitOrderSafe("\ue000")).toBe(false);
    expect(isCodeUnitOrderSafe("😀")).toBe(false);
  });
});

describe("prefix, suffix and substring on code points", () => {
  it("never matches half of a surrogate pair", () => {
    expect(startsWithCodePoints("😀!", "\ud83d")).toBe(false);
    expect(endsWithCodePoints("smile😀", "\ude00")).toBe(false);
    expect(containsCodePoints("a😀b", "\ude00b")).toBe(false);
    expect(containsCodePoints("a😀b", "a\ud83d")).toBe(false);
  });

  it("matches whole code points and the empty string", () => {
    expect(startsWithCodePoints("😀!", "😀")).toBe(true);
    expect(endsWithCodePoints("smile😀", "😀")).toBe(true);
    expect(startsWithCodePoints("smile😀", "😀")).toBe(false);
    expect(startsWithCodePoints("-1", "")).toBe(true);
    expect(endsWithCodePoints("x", "")).toBe(true);
    expect(containsCodePoints("premium ", "")).toBe(true);
    expect(containsCodePoints("", "")).toBe(true);
    expect(containsCodePoints("a😀b", "😀b")).toBe(true);
  });

  it("finds a later aligned occurrence after a misaligned one", () => {
    // The first "\ude00" is the low half of a pair; the second stands alone.
    expect(containsCodePoints("😀\ude00", "\ude00")).toBe(true);
  });
});
