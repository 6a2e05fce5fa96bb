/** Limits AWS states but its schema text does not enforce (doc §1.5). */
export const LIMITS = {
  variantsPerFlag: 32,
  enumEntries: 100,
  attributeValuesPerValue: 25,
} as const;

export type StoredPath = readonly (string | number)[];

/**
 * A problem in a stored document beyond what the JSON Schema catches. `path` names the member
 * (`["values", "beta", "_variants", 0, "rule"]`); `offset`/`length` index the rule string when
 * the finding is inside a rule.
 */
export interface StoredFinding {
  readonly path: StoredPath;
  readonly severity: "error" | "warning";
  /** Findings inside a rule: whether it does not parse at all, or breaks the rule language. */
  readonly rule?: "syntax" | "language";
  /** A planned deprecation date that has passed. */
  readonly deprecation?: true;
  readonly message: string;
  readonly offset?: number;
  readonly length?: number;
}

/** Collects findings; `at(path)` gives a reporter for one member. */
export class StoredFindings {
  readonly list: StoredFinding[] = [];

  error(path: StoredPath, message: string): void {
    this.list.push({ path, severity: "error", message });
  }

  warning(path: StoredPath, message: string): void {
    this.list.push({ path, severity: "warning", message });
  }

  add(finding: StoredFinding): void {
    this.list.push(finding);
  }
}
