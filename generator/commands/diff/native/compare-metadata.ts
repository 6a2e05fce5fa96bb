import type { NativeFlagModel } from "../../../pipeline/model/native/native-model.js";
import { flagChange, type FlagChange } from "../flag-change.js";

/**
 * A changed display name, description or deprecation mark, in one non-breaking change (they reach
 * only the generated doc comments).
 * @example compareMetadata(old, flag) // [{ change: "metadata", message: 'marked for deprecation (planned for 2027-06-30)', … }]
 */
export function compareMetadata(old: NativeFlagModel, flag: NativeFlagModel): FlagChange[] {
  const parts: string[] = [];
  if (old.displayName !== flag.displayName) parts.push(`name ${shown(old.displayName ?? old.key)} → ${shown(flag.displayName ?? flag.key)}`);
  if (old.description !== flag.description) parts.push("description changed");
  const [before, after] = [old.deprecation, flag.deprecation];
  if (!before && after) parts.push(`marked for deprecation${after.date === undefined ? "" : ` (planned for ${after.date})`}`);
  else if (before && !after) parts.push("no longer marked for deprecation");
  else if (before && after && before.date !== after.date) parts.push(`deprecation date ${before.date ?? "none"} → ${after.date ?? "none"}`);
  return parts.length === 0 ? [] : [flagChange(flag.key, "metadata", false, parts.join("; "))];
}

function shown(name: string): string {
  return JSON.stringify(name);
}
