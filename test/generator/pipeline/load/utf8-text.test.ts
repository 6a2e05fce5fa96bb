import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../../../generator/pipeline/load/utf8-text.js";

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "utf8")] : part)));

describe("decodeUtf8", () => {
  it("decodes valid UTF-8 exactly, keeping a byte-order mark for the loader to report", () => {
    expect(decodeUtf8(bytes("{ \"café\": 1 }"))).toEqual({ text: '{ "café": 1 }' });
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], "{}"))).toEqual({ text: "\ufeff{}" });
  });

  it.each([
    ["a Latin-1 byte", bytes('{\n  "a": "caf', [0xe9], '"\n}'), 2, 12, "starting with byte 0xE9 is malformed or cut short"],
    ["a byte that never starts a character", bytes("{}", [0xff]), 1, 3, "byte 0xFF cannot start a UTF-8 character"],
    ["a lone continuation byte", bytes("ab", [0x80]), 1, 3, "byte 0x80 cannot start a UTF-8 character"],
    ["an overlong encoding", bytes("x", [0xc0, 0xaf]), 1, 2, "byte 0xC0 cannot start a UTF-8 character"],
    ["an encoded surrogate", bytes("x\r\ny", [0xed, 0xa0, 0x80]), 2, 2, "starting with byte 0xED is malformed or cut short"],
    ["a sequence cut short at the end", bytes("é", [0xe2, 0x82]), 1, 2, "starting with byte 0xE2 is malformed or cut short"],
    ["after astral characters (columns count UTF-16 units)", bytes("😀", [0xf5]), 1, 3, "byte 0xF5 cannot start a UTF-8 character"],
    ["after a byte-order mark (not counted, as editors do)", bytes([0xef, 0xbb, 0xbf], "{", [0xfe]), 1, 2, "byte 0xFE cannot start"],
  ])("points at %s", (_label, input, line, column, reason) => {
    const decoded = decodeUtf8(input);
    expect("invalid" in decoded && decoded.invalid).toMatchObject({ line, column });
    expect("invalid" in decoded && decoded.invalid.message).toContain(reason);
  });
});
