import { sameJson } from "../compare-rules.js";
import { flagChange, quotedList, type FlagChange } from "../flag-change.js";
import type { StoredVariantParts } from "./stored-parts.js";

/** One multi-variant flag on both sides. */
export interface VariantSides {
  readonly flag: string;
  /** The generated variant-name type of the deployed version, e.g. `NewSearchVariant`. */
  readonly variantTypeName: string;
  readonly before: readonly StoredVariantParts[];
  readonly after: readonly StoredVariantParts[];
}

/**
 * How the variants of a multi-variant flag changed. A removed variant name is breaking (the
 * generated variant-name union shrinks, so code comparing `_variant` with it no longer compiles);
 * added names and changed rules, states, attribute values and order are not.
 * @example compareVariants({ flag: "new_search", variantTypeName: "NewSearchVariant", before, after })
 */
export function compareVariants(sides: VariantSides): FlagChange[] {
  const { flag } = sides;
  const oldNames = sides.before.map((variant) => variant.name);
  const newNames = sides.after.map((variant) => variant.name);
  const changes: FlagChange[] = [];
  for (const name of oldNames.filter((name) => !newNames.includes(name))) {
    changes.push(flagChange(flag, "variant-removed", true, `variant ${JSON.stringify(name)} removed; the generated ${sides.variantTypeName} type loses it`));
  }
  for (const name of newNames.filter((name) => !oldNames.includes(name))) {
    changes.push(flagChange(flag, "variant-added", false, `variant ${JSON.stringify(name)} added`));
  }
  const details = describeVariantDetails(sides.before, sides.after);
  if (details !== undefined) changes.push(flagChange(flag, "variants", false, `variants: ${details}`));
  return changes;
}

/** What changed in the variants both sides have: rules, states, attribute values, order. */
function describeVariantDetails(before: readonly StoredVariantParts[], after: readonly StoredVariantParts[]): string | undefined {
  const old = new Map(before.map((variant) => [variant.name, variant]));
  const kept = after.filter((variant) => old.has(variant.name));
  const parts: string[] = [];
  for (const variant of kept) {
    const previous = old.get(variant.name);
    if (!previous) continue;
    const name = JSON.stringify(variant.name);
    if (!sameJson(previous.rule, variant.rule)) parts.push(`${name} ${previous.rule === undefined ? "rule added" : variant.rule === undefined ? "rule removed" : "rule changed"}`);
    if (!sameJson(previous.enabled, variant.enabled)) parts.push(`${name} enabled ${String(previous.enabled)} → ${String(variant.enabled)}`);
    if (!sameJson(previous.attributeValues, variant.attributeValues)) parts.push(`${name} attribute values changed`);
  }
  const keptNames = kept.map((variant) => variant.name);
  const oldOrder = before.map((variant) => variant.name).filter((name) => keptNames.includes(name));
  if (keptNames.join("\u0000") !== oldOrder.join("\u0000")) parts.push(`reordered (${quotedList(keptNames)}): the first matching rule wins`);
  return parts.length === 0 ? undefined : parts.join("; ");
}
