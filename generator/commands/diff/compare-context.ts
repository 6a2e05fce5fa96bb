import { typeText } from "../../pipeline/emit/type-text.js";
import type { ContextModel } from "../../pipeline/model/flags-model.js";
import { typeKey, type TsType } from "../../pipeline/model/ts-type.js";
import { flagChange, type FlagChange } from "./flag-change.js";
import { isAssignable } from "./type-compatibility.js";

/** One context key a flag reads: its type (none for declared contexts, whose type is shared) and whether callers must pass it. */
export interface ContextKey {
  readonly type?: TsType;
  readonly required: boolean;
}

/**
 * The context keys of a model: inferred fields with their types and required-ness (Powertools rules
 * need every key they read; native rules need every key but those only tested with `exists`);
 * declared keys count as required.
 */
export function contextKeys(context: ContextModel): Map<string, ContextKey> {
  if (context.kind === "inferred") return new Map(context.fields.map((field) => [field.key, { type: field.type, required: field.required }]));
  if (context.kind === "declared") return new Map(context.keys.map((key) => [key, { required: true }]));
  return new Map();
}

/**
 * How the context a flag needs changed. Breaking: a new required key (code generated from the
 * deployed version does not pass it, so the rules cannot match), a key that became required, a
 * type the keys callers pass no longer fits. A new optional key, a key no longer read and a wider
 * type are not.
 * @example compareContext("beta", contextKeys(old.context), contextKeys(flag.context))
 */
export function compareContext(flag: string, before: ReadonlyMap<string, ContextKey>, after: ReadonlyMap<string, ContextKey>): FlagChange[] {
  const changes: FlagChange[] = [];
  for (const [key, now] of after) {
    const shown = now.type === undefined ? "" : ` (${typeText(now.type)})`;
    const old = before.get(key);
    if (!old) {
      changes.push(
        now.required
          ? flagChange(flag, "context-key-added", true, `reads context key ${JSON.stringify(key)}${shown}, which code generated from the deployed version does not pass`)
          : flagChange(flag, "context-key-added", false, `reads optional context key ${JSON.stringify(key)}${shown} (only tested with exists; the rules work without it)`),
      );
      continue;
    }
    if (now.required && !old.required) {
      changes.push(flagChange(flag, "context-key-required", true, `context key ${JSON.stringify(key)} is now required; code generated from the deployed version may not pass it`));
    } else if (!now.required && old.required) {
      changes.push(flagChange(flag, "context-key-required", false, `context key ${JSON.stringify(key)} is no longer required`));
    }
    if (old.type === undefined || now.type === undefined || typeKey(old.type) === typeKey(now.type)) continue;
    const fits = isAssignable(old.type, now.type);
    const message = `context key ${JSON.stringify(key)}: ${typeText(old.type)} → ${typeText(now.type)}${fits ? " (wider: existing callers fit)" : ""}`;
    changes.push(flagChange(flag, "context-key-type", !fits, message));
  }
  for (const key of before.keys()) {
    if (!after.has(key)) changes.push(flagChange(flag, "context-key-removed", false, `no longer reads context key ${JSON.stringify(key)}`));
  }
  return changes;
}
