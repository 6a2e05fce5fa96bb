// Python strings are sequences of code points; JavaScript strings are UTF-16 code
// units. The two agree on equality, but ordering and prefix/suffix/substring tests
// differ when a surrogate pair is involved, so these helpers compare code points.

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether `index` falls between the two halves of a surrogate pair in `text`. */
function splitsSurrogatePair(text: string, index: number): boolean {
  return (
    index > 0 && index < text.length && isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index))
  );
}

/**
 * Whether plain `<` on code units orders `text` against any other string exactly as
 * code points would: true when `text` has no unit at or above U+D800.
 */
export function isCodeUnitOrderSafe(text: string): boolean {
  return !/[\ud800-\uffff]/.test(text);
}

/**
 * Orders two strings by Unicode code point, like Python's `<` on `str`.
 * @example compareCodePoints("\uffff", "😀") // -1 (JavaScript's `<` says the opposite)
 */
export function compareCodePoints(a: string, b: string): -1 | 0 | 1 {
  const shorter = Math.min(a.length, b.length);
  let index = 0;
  while (index < shorter && a.charCodeAt(index) === b.charCodeAt(index)) index++;
  if (index === shorter) return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
  // When the first difference is a low half, both strings share the high half before
  // it: step back so whole code points are compared.
  if (
    index > 0 &&
    isHighSurrogate(a.charCodeAt(index - 1)) &&
    (isLowSurrogate(a.charCodeAt(index)) || isLowSurrogate(b.charCodeAt(index)))
  ) {
    index--;
  }
  const left = a.codePointAt(index) ?? 0;
  const right = b.codePointAt(index) ?? 0;
  return left < right ? -1 : 1;
}

/**
 * Python `text.startswith(prefix)`: a prefix ending on half of a surrogate pair does not match.
 * @example startsWithCodePoints("😀!", "\ud83d") // false
 */
export function startsWithCodePoints(text: string, prefix: string): boolean {
  return text.startsWith(prefix) && !splitsSurrogatePair(text, prefix.length);
}

/**
 * Python `text.endswith(suffix)`: a suffix starting on half of a surrogate pair does not match.
 * @example endsWithCodePoints("smile😀", "😀") // true
 */
export function endsWithCodePoints(text: string, suffix: string): boolean {
  return text.endsWith(suffix) && !splitsSurrogatePair(text, text.length - suffix.length);
}

/**
 * Python `needle in text` for two strings: substring test on code points.
 * @example containsCodePoints("premium ", "") // true
 */
export function containsCodePoints(text: string, needle: string): boolean {
  const last = needle.length - 1;
  const mayStraddle = last >= 0 && (isLowSurrogate(needle.charCodeAt(0)) || isHighSurrogate(needle.charCodeAt(last)));
  if (!mayStraddle) return text.includes(needle);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (!splitsSurrogatePair(text, at) && !splitsSurrogatePair(text, at + needle.length)) return true;
  }
  return false;
}
