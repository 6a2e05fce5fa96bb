/**
 * Maps an offset inside a decoded JSON string (such as a rule) to the offset inside its source
 * literal, so a rule finding can be reported at file:line:col. Rules are full of `\"`, so the
 * two differ. Both offsets count UTF-16 code units; `rawLiteral` is the literal as written in
 * the file, with or without its surrounding quotes. An offset at or past the end maps to the end
 * of the text (before the closing quote).
 * @example
 * // source: "(eq $x \"a\")"   decoded: (eq $x "a")
 * jsonStringOffset('"(eq $x \\"a\\")"', 7) // 8: the decoded `"` at 7 is `\"` at 8 in the literal
 */
export function jsonStringOffset(rawLiteral: string, decodedOffset: number): number {
  const quoted = rawLiteral.startsWith('"');
  const stop = quoted && rawLiteral.length > 1 && rawLiteral.endsWith('"') ? rawLiteral.length - 1 : rawLiteral.length;
  let raw = quoted ? 1 : 0;
  for (let decoded = 0; decoded < decodedOffset && raw < stop; decoded += 1) {
    if (rawLiteral[raw] !== "\\") raw += 1;
    else raw += rawLiteral[raw + 1] === "u" ? 6 : 2;
  }
  return Math.min(raw, stop);
}
