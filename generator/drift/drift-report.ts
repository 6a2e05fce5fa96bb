import type { ChangeKind, FlagChange } from "./compare-models.js";

/** The drift of one profile: the local flags file against the deployed (or other) document. */
export interface ProfileDrift {
  readonly profile: string;
  /** e.g. `flags/features.json`. */
  readonly local: string;
  /** e.g. `appconfig://shop/prod/features` or `deployed/features.json`. */
  readonly deployed: string;
  readonly changes: readonly FlagChange[];
}

const SYMBOLS: Readonly<Record<ChangeKind, string>> = {
  added: "+",
  removed: "-",
  kind: "~",
  "value-type": "~",
  "context-key-added": "~",
  "context-key-type": "~",
  "context-key-removed": "~",
  default: "~",
  rules: "~",
};

export function breakingCount(drifts: readonly ProfileDrift[]): number {
  return drifts.reduce((sum, drift) => sum + drift.changes.filter((change) => change.breaking).length, 0);
}

/**
 * One block per profile: a heading, one line per change (`+` added, `-` removed, `~` changed,
 * `BREAKING` at the end of breaking ones).
 * @example
 * // features: flags/features.json vs appconfig://shop/prod/features
 * //   - legacy: removed; code generated from the deployed version still calls isLegacyEnabled  BREAKING
 */
export function driftText(drifts: readonly ProfileDrift[]): string {
  return drifts
    .map((drift) => {
      const heading = `${drift.profile}: ${drift.local} vs ${drift.deployed}`;
      if (drift.changes.length === 0) return `${heading}: no changes\n`;
      const lines = drift.changes.map((change) => `  ${SYMBOLS[change.change]} ${change.flag}: ${change.message}${change.breaking ? "  BREAKING" : ""}`);
      return `${heading}\n${lines.join("\n")}\n`;
    })
    .join("");
}

/** `{ breaking, profiles: [{ profile, local, deployed, changes: [{ flag, change, breaking, message }] }] }`, indented. */
export function driftJson(drifts: readonly ProfileDrift[]): string {
  return `${JSON.stringify({ breaking: breakingCount(drifts), profiles: drifts }, null, 2)}\n`;
}
