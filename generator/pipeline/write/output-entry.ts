/**
 * What sits at a name in the output directory, as `lstat` sees it: symbolic links are never
 * followed, so a link is judged as a link whatever it points at.
 */
export type OutputEntry =
  | { readonly kind: "file"; readonly text: string }
  | { readonly kind: "symlink" | "directory" | "special" };

/** A regular file's entry. */
export function fileEntry(text: string): OutputEntry {
  return { kind: "file", text };
}
