/**
 * What changed about one flag (or, for `format`, the whole document), from the deployed document
 * to the local one. Powertools documents use `added` … `rules`; native AppConfig documents also use
 * the `attribute-*`, `variant*`, `context-key-required`, `enabled`, `values` and `metadata` kinds.
 */
export type ChangeKind =
  | "format"
  | "removed"
  | "added"
  | "kind"
  | "value-type"
  | "attribute-removed"
  | "attribute-type"
  | "attribute-added"
  | "attribute-constraints"
  | "variant-removed"
  | "variant-added"
  | "variants"
  | "context-key-added"
  | "context-key-required"
  | "context-key-type"
  | "context-key-removed"
  | "default"
  | "rules"
  | "enabled"
  | "values"
  | "metadata";

/** Every kind, in the order a flag's changes are listed. */
const CHANGE_ORDER: readonly ChangeKind[] = [
  "format", "removed", "added", "kind", "value-type",
  "attribute-removed", "attribute-type", "attribute-added", "attribute-constraints",
  "variant-removed", "variant-added", "variants",
  "context-key-added", "context-key-required", "context-key-type", "context-key-removed",
  "default", "rules", "enabled", "values", "metadata",
];

export interface FlagChange {
  /** The flag's key; empty for a change of the whole document (`format`). */
  readonly flag: string;
  readonly change: ChangeKind;
  /** Code generated from the deployed document would misbehave against the local one. */
  readonly breaking: boolean;
  /** The change in words, e.g. `value type string → number`. */
  readonly message: string;
}

export function flagChange(flag: string, change: ChangeKind, breaking: boolean, message: string): FlagChange {
  return { flag, change, breaking, message };
}

/**
 * Changes sorted by flag key (code-unit order), then by kind; the sort is stable, so changes of one
 * kind keep the order they were found in.
 * @example sortChanges([flagChange("b", "added", false, "added"), flagChange("a", "removed", true, "removed")])[0]?.flag // "a"
 */
export function sortChanges(changes: readonly FlagChange[]): FlagChange[] {
  return [...changes].sort((a, b) => (a.flag < b.flag ? -1 : a.flag > b.flag ? 1 : CHANGE_ORDER.indexOf(a.change) - CHANGE_ORDER.indexOf(b.change)));
}

/** `"a", "b"`: names quoted as JSON strings, for messages. */
export function quotedList(names: readonly string[]): string {
  return names.map((name) => JSON.stringify(name)).join(", ");
}
