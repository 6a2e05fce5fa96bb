/**
 * How deep `[`/`{` may nest in a flags file before parsing. The parser recurses per
 * level and overflows the stack somewhere past 10,000; the runtime rejects documents
 * nested deeper than 64 anyway, so this only has to stop hostile or broken input
 * early with a positioned finding instead of a crash.
 */
export const MAX_PARSE_DEPTH = 1000;

/**
 * The offset of the first bracket that opens level `limit + 1`, or `undefined` when the
 * text never nests that deep. Brackets inside strings do not count. One linear pass.
 * @example tooDeepAt("[[[]]]", 2) // 2
 */
export function tooDeepAt(text: string, limit = MAX_PARSE_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text[offset];
    if (inString) {
      if (char === "\\") offset++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "[" || char === "{") {
      if (++depth > limit) return offset;
    } else if (char === "]" || char === "}") {
      depth--;
    }
  }
  return undefined;
}
