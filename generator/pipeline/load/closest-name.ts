/**
 * The candidate that `input` most likely misspells: same text ignoring case, or at most two
 * edits away (and fewer edits than half its length). `undefined` when nothing is that close.
 * @example closestName("EQUAL", ["EQUALS", "IN"]) // "EQUALS"
 */
export function closestName(input: string, candidates: readonly string[]): string | undefined {
  const folded = input.toUpperCase();
  const sameLetters = candidates.find((candidate) => candidate.toUpperCase() === folded);
  if (sameLetters !== undefined) return sameLetters;
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.ceil(input.length / 2));
  for (const candidate of candidates) {
    const distance = editDistance(folded, candidate.toUpperCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance over UTF-16 code units, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
