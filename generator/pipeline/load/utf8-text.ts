import { createLineIndex } from "./line-index.js";
import type { SourcePosition } from "./loaded-file.js";

/** A file's bytes decoded, or where and why they are not UTF-8. */
export type DecodedText = { readonly text: string } | { readonly invalid: SourcePosition & { readonly message: string } };

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Strict UTF-8 (a silent U+FFFD would hide a broken file); a byte-order mark is kept so the loader
 * can report it. Invalid bytes are located by line and column (UTF-16 units, as editors count).
 * @example decodeUtf8(Uint8Array.of(0x7b, 0x0a, 0xff)) // { invalid: { line: 2, column: 1, message: "byte 0xFF …" } }
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const before = strict.decode(bytes.subarray(0, offset)).replace(/^\ufeff/, "");
    const position = createLineIndex(before).positionAt(before.length);
    const byte = bytes[offset] ?? 0;
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    const why = sequenceLength(byte) === 0 ? `byte ${hex} cannot start a UTF-8 character` : `the UTF-8 character starting with byte ${hex} is malformed or cut short`;
    return { invalid: { ...position, message: `file is not valid UTF-8: ${why}; save it as UTF-8` } };
  }
}

/** Length of the sequence a lead byte starts (0: not a lead byte). Overlong and surrogate forms are caught by `continuationRange`. */
function sequenceLength(lead: number): number {
  if (lead <= 0x7f) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The allowed range of the first continuation byte after `lead` (RFC 3629's table). */
function continuationRange(lead: number): readonly [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Offset of the lead byte of the first ill-formed sequence (the decoder already said there is one). */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    const length = sequenceLength(lead);
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const [low, high] = next === 1 ? continuationRange(lead) : [0x80, 0xbf];
      if (byte === undefined || byte < low || byte > high) return index;
    }
    index += length;
  }
  return bytes.length;
}
