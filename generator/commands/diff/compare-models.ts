import { isJsonObject, memberOf } from "@flagtype/runtime/tooling";
import type { JsonValue } from "@flagtype/runtime";
import { typeText } from "../../pipeline/emit/type-text.js";
import type { ContextModel, FlagModel, ModuleModel } from "../../pipeline/model/flags-model.js";
import type { TsType } from "../../pipeline/model/ts-type.js";
import { describeRuleChanges, sameJson } from "./compare-rules.js";
import { isAssignable } from "./type-compatibility.js";

/** What changed about one flag, from the deployed document to the local one. */
export type ChangeKind =
  | "added" | "removed" | "kind" | "value-type" | "context-key-added" | "context-key-type" | "context-key-removed" | "default" | "rules";

export interface FlagChange {
  readonly flag: string;
  readonly change: ChangeKind;
  /** Code generated from the deployed document would misbehave against the local one. */
  readonly breaking: boolean;
  /** The change in words, e.g. `value type string → number`. */
  readonly message: string;
}

/**
 * The drift from `deployed` to `local`, both models of the same profile, sorted by flag then kind.
 * Breaking: a removed flag, boolean ↔ value, a value type the old accessor's type does not cover,
 * a context key the old accessor does not pass, a context type the old one does not fit.
 * @example compareModels(deployedModel, localModel).filter((change) => change.breaking)
 */
export function compareModels(deployed: ModuleModel, local: ModuleModel): FlagChange[] {
  const before = new Map(deployed.flags.map((flag) => [flag.key, flag]));
  const after = new Map(local.flags.map((flag) => [flag.key, flag]));
  const changes: FlagChange[] = [];
  for (const flag of deployed.flags) {
    if (!after.has(flag.key)) changes.push(change(flag.key, "removed", true, `removed; code generated from the deployed version still calls ${flag.accessorName}`));
  }
  for (const flag of local.flags) {
    const old = before.get(flag.key);
    if (!old) changes.push(change(flag.key, "added", false, `added (${describeKind(flag)})`));
    else changes.push(...compareFlag(old, flag, featureOf(deployed.document, flag.key), featureOf(local.document, flag.key)));
  }
  const order: readonly ChangeKind[] = ["removed", "added", "kind", "value-type", "context-key-added", "context-key-type", "context-key-removed", "default", "rules"];
  return changes.sort((a, b) => (a.flag < b.flag ? -1 : a.flag > b.flag ? 1 : order.indexOf(a.change) - order.indexOf(b.change)));
}

function compareFlag(old: FlagModel, flag: FlagModel, oldFeature: JsonValue | undefined, feature: JsonValue | undefined): FlagChange[] {
  const changes: FlagChange[] = [];
  if (old.kind !== flag.kind) changes.push(change(flag.key, "kind", true, `was ${describeKind(old)}, is ${describeKind(flag)}`));
  else if (flag.kind === "value" && !sameType(old.valueType, flag.valueType)) {
    const fits = isAssignable(flag.valueType, old.valueType);
    const message = `value type ${typeText(old.valueType)} → ${typeText(flag.valueType)}${fits ? " (narrower: existing callers cope)" : ""}`;
    changes.push(change(flag.key, "value-type", !fits, message));
  }
  changes.push(...compareContext(flag.key, contextFields(old.context), contextFields(flag.context)));
  if (!sameJson(old.defaultValue, flag.defaultValue)) {
    changes.push(change(flag.key, "default", false, `default ${JSON.stringify(old.defaultValue)} → ${JSON.stringify(flag.defaultValue)}`));
  }
  const rules = describeRuleChanges(oldFeature, feature);
  if (rules !== undefined) changes.push(change(flag.key, "rules", false, `rules ${rules}`));
  return changes;
}

/** Context keys with their types; declared contexts carry no per-key type here (the declared type is shared). */
function contextFields(context: ContextModel): Map<string, TsType | undefined> {
  if (context.kind === "inferred") return new Map(context.fields.map((field) => [field.key, field.type]));
  if (context.kind === "declared") return new Map(context.keys.map((key) => [key, undefined]));
  return new Map();
}

function compareContext(flag: string, before: Map<string, TsType | undefined>, after: Map<string, TsType | undefined>): FlagChange[] {
  const changes: FlagChange[] = [];
  for (const [key, type] of after) {
    if (!before.has(key)) {
      const shown = type === undefined ? "" : ` (${typeText(type)})`;
      changes.push(change(flag, "context-key-added", true, `reads context key ${JSON.stringify(key)}${shown}, which code generated from the deployed version does not pass`));
      continue;
    }
    const old = before.get(key);
    if (old === undefined || type === undefined || sameType(old, type)) continue;
    const fits = isAssignable(old, type);
    const message = `context key ${JSON.stringify(key)}: ${typeText(old)} → ${typeText(type)}${fits ? " (wider: existing callers fit)" : ""}`;
    changes.push(change(flag, "context-key-type", !fits, message));
  }
  for (const key of before.keys()) {
    if (!after.has(key)) changes.push(change(flag, "context-key-removed", false, `no longer reads context key ${JSON.stringify(key)}`));
  }
  return changes;
}

function describeKind(flag: FlagModel): string {
  return flag.kind === "boolean" ? "boolean" : `value: ${typeText(flag.valueType)}`;
}

function sameType(a: TsType, b: TsType): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function featureOf(document: JsonValue, key: string): JsonValue | undefined {
  return isJsonObject(document) ? (memberOf(document, key) as JsonValue | undefined) : undefined;
}

function change(flag: string, kind: ChangeKind, breaking: boolean, message: string): FlagChange {
  return { flag, change: kind, breaking, message };
}
