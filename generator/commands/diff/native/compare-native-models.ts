import type { NativeFlagModel, NativeModuleModel } from "../../../pipeline/model/native/native-model.js";
import { compareContext, contextKeys } from "../compare-context.js";
import { flagChange, quotedList, sortChanges, type FlagChange } from "../flag-change.js";
import { compareAttributes } from "./compare-attributes.js";
import { compareBasicValues } from "./compare-basic-values.js";
import { compareMetadata } from "./compare-metadata.js";
import { compareVariants } from "./compare-variants.js";
import { constraintsOf, valueOf, variantsOf } from "./stored-parts.js";

/**
 * The drift from `deployed` to `local`, two models of native AppConfig documents of one profile,
 * sorted by flag then kind. Breaking: a removed flag, a removed attribute, a changed attribute type
 * or `required`, a removed variant name (also multi-variant → basic), a new required context key
 * or one that became required, a context type callers' values no longer fit. Everything else
 * (added flags, attributes and variants, rules, states, values, order, names, descriptions,
 * deprecation) is listed as non-breaking.
 * @example compareNativeModels(deployedModel, localModel).filter((change) => change.breaking)
 */
export function compareNativeModels(deployed: NativeModuleModel, local: NativeModuleModel): FlagChange[] {
  const after = new Map(local.flags.map((flag) => [flag.key, flag]));
  const before = new Map(deployed.flags.map((flag) => [flag.key, flag]));
  const changes: FlagChange[] = [];
  for (const flag of deployed.flags) {
    if (!after.has(flag.key)) {
      changes.push(flagChange(flag.key, "removed", true, `removed; code generated from the deployed version still calls ${flag.enabledAccessorName} and ${flag.valueAccessorName}`));
    }
  }
  for (const flag of local.flags) {
    const old = before.get(flag.key);
    changes.push(...(old ? compareFlag(deployed, old, local, flag) : [flagChange(flag.key, "added", false, `added (${describeFlag(flag)})`)]));
  }
  return sortChanges(changes);
}

function compareFlag(deployed: NativeModuleModel, old: NativeFlagModel, local: NativeModuleModel, flag: NativeFlagModel): FlagChange[] {
  const { key } = flag;
  const changes = compareAttributes({
    flag: key,
    before: old.attributes,
    after: flag.attributes,
    constraintsBefore: (attribute) => constraintsOf(deployed.document, key, attribute),
    constraintsAfter: (attribute) => constraintsOf(local.document, key, attribute),
  });
  if (old.variants && flag.variants) {
    changes.push(...compareVariants({ flag: key, variantTypeName: old.variantTypeName ?? `${old.pascalName}Variant`, before: variantsOf(deployed.document, key), after: variantsOf(local.document, key) }));
  } else if (old.variants) {
    const message = `was multi-variant (${quotedList(old.variants)}), is basic; the generated ${old.variantTypeName ?? "variant-name"} type is gone`;
    changes.push(flagChange(key, "kind", true, message));
  } else if (flag.variants) {
    changes.push(flagChange(key, "kind", false, `was basic, is multi-variant (${quotedList(flag.variants)})`));
  } else {
    changes.push(...compareBasicValues(key, valueOf(deployed.document, key), valueOf(local.document, key)));
  }
  changes.push(...compareContext(key, contextKeys(old.context), contextKeys(flag.context)));
  changes.push(...compareMetadata(old, flag));
  return changes;
}

/** `basic`, `basic, attributes "a", "b"`, `variants "A", "B"`. */
function describeFlag(flag: NativeFlagModel): string {
  const attributes = flag.attributes.length > 0 ? `, attributes ${quotedList(flag.attributes.map((attribute) => attribute.key))}` : "";
  return `${flag.variants ? `variants ${quotedList(flag.variants)}` : "basic"}${attributes}`;
}
