import { isJsonObject, memberOf } from "@flagtype/runtime/tooling";
import type { JsonValue } from "@flagtype/runtime";
import { typeText } from "../../pipeline/emit/type-text.js";
import type { FlagModel, ModuleModel } from "../../pipeline/model/flags-model.js";
import type { TsType } from "../../pipeline/model/ts-type.js";
import { compareContext, contextKeys } from "./compare-context.js";
import { describeRuleChanges, sameJson } from "./compare-rules.js";
import { flagChange as change, sortChanges, type FlagChange } from "./flag-change.js";
import { isAssignable } from "./type-compatibility.js";

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
  return sortChanges(changes);
}

function compareFlag(old: FlagModel, flag: FlagModel, oldFeature: JsonValue | undefined, feature: JsonValue | undefined): FlagChange[] {
  const changes: FlagChange[] = [];
  if (old.kind !== flag.kind) changes.push(change(flag.key, "kind", true, `was ${describeKind(old)}, is ${describeKind(flag)}`));
  else if (flag.kind === "value" && !sameType(old.valueType, flag.valueType)) {
    const fits = isAssignable(flag.valueType, old.valueType);
    const message = `value type ${typeText(old.valueType)} → ${typeText(flag.valueType)}${fits ? " (narrower: existing callers cope)" : ""}`;
    changes.push(change(flag.key, "value-type", !fits, message));
  }
  changes.push(...compareContext(flag.key, contextKeys(old.context), contextKeys(flag.context)));
  if (!sameJson(old.defaultValue, flag.defaultValue)) {
    changes.push(change(flag.key, "default", false, `default ${JSON.stringify(old.defaultValue)} → ${JSON.stringify(flag.defaultValue)}`));
  }
  const rules = describeRuleChanges(oldFeature, feature);
  if (rules !== undefined) changes.push(change(flag.key, "rules", false, `rules ${rules}`));
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
