import type { ChangeKind, FlagChange } from "./flag-change.js";

/** The drift of one profile: the local flags file against the deployed (or other) document. */
export interface ProfileDrift {
  readonly profile: string;
  /** e.g. `flags/features.json`. */
  readonly local: string;
  /** e.g. `appconfig://shop/prod/features` or `deployed/features.json`. */
  readonly deployed: string;
  readonly changes: readonly FlagChange[];
}

/** A local flags file whose profile AppConfig has not deployed to the environment (yet). */
export interface NotDeployedProfile {
  readonly profile: string;
  readonly local: string;
  /** e.g. `appconfig://shop/prod/billing`. */
  readonly deployed: string;
}

/** `+` an added flag, `-` a removed one, `~` any change in a flag (or of the whole document). */
function symbolOf(kind: ChangeKind): string {
  return kind === "added" ? "+" : kind === "removed" ? "-" : "~";
}

export function breakingCount(drifts: readonly ProfileDrift[]): number {
  return drifts.reduce((sum, drift) => sum + drift.changes.filter((change) => change.breaking).length, 0);
}

/**
 * One block per profile, in profile order: a heading, one line per change (`+` added, `-` removed,
 * `~` changed, `BREAKING` at the end of breaking ones); one line per profile not deployed yet.
 * @example
 * // features: flags/features.json vs appconfig://shop/prod/features
 * //   - legacy: removed; code generated from the deployed version still calls isLegacyEnabled  BREAKING
 * // billing: flags/billing.json vs appconfig://shop/prod/billing: not deployed yet
 */
export function driftText(drifts: readonly ProfileDrift[], notDeployed: readonly NotDeployedProfile[] = []): string {
  const blocks = [
    ...drifts.map((drift) => ({ profile: drift.profile, text: driftBlock(drift) })),
    ...notDeployed.map((entry) => ({ profile: entry.profile, text: `${entry.profile}: ${entry.local} vs ${entry.deployed}: not deployed yet\n` })),
  ];
  return blocks
    .sort((a, b) => (a.profile < b.profile ? -1 : a.profile > b.profile ? 1 : 0))
    .map((block) => block.text)
    .join("");
}

function driftBlock(drift: ProfileDrift): string {
  const heading = `${drift.profile}: ${drift.local} vs ${drift.deployed}`;
  if (drift.changes.length === 0) return `${heading}: no changes\n`;
  const lines = drift.changes.map(
    (change) => `  ${symbolOf(change.change)} ${change.flag === "" ? "(document)" : change.flag}: ${change.message}${change.breaking ? "  BREAKING" : ""}`,
  );
  return `${heading}\n${lines.join("\n")}\n`;
}

/**
 * `{ breaking, profiles: [{ profile, local, deployed, changes: [{ flag, change, breaking, message }] }], notDeployed: [{ profile, local, deployed }] }`, indented.
 * @example driftJson([], [{ profile: "billing", local: "flags/billing.json", deployed: "appconfig://shop/prod/billing" }])
 */
export function driftJson(drifts: readonly ProfileDrift[], notDeployed: readonly NotDeployedProfile[] = []): string {
  return `${JSON.stringify({ breaking: breakingCount(drifts), profiles: drifts, notDeployed }, null, 2)}\n`;
}
