import type { AttributeValue, FlagValue, StoredVariant } from "../../../../pipeline/load/native/stored/stored-document.js";
import { basicAttributes } from "../../../../pipeline/load/native/stored/stored-document.js";

/**
 * One flag as clients read it: `{enabled, …attributes}`, plus `_variant` (the variant's name)
 * when the agent evaluated a multi-variant flag. A disabled answer carries no attributes.
 */
export interface FlagAnswer {
  readonly _variant?: string;
  readonly enabled: boolean;
  readonly [attribute: string]: AttributeValue | undefined;
}

/**
 * The answer for a basic value. A missing value or a missing `enabled` reads as disabled.
 * @example basicAnswer({ enabled: false, theme: "dark" }) // { enabled: false }
 */
export function basicAnswer(value: FlagValue | undefined): FlagAnswer {
  const enabled = value?.enabled === true;
  const answer: Record<string, unknown> = { enabled };
  if (enabled && value) for (const [key, attribute] of basicAttributes(value)) setEntry(answer, key, attribute);
  return answer as FlagAnswer;
}

/**
 * The answer for a chosen variant: `_variant` first, then `enabled`, then its attribute values.
 * @example variantAnswer({ name: "Off", enabled: false, attributeValues: { a: 1 } }) // { _variant: "Off", enabled: false }
 */
export function variantAnswer(variant: StoredVariant): FlagAnswer {
  const answer: Record<string, unknown> = { _variant: variant.name, enabled: variant.enabled };
  if (variant.enabled) for (const [key, attribute] of Object.entries(variant.attributeValues ?? {})) setEntry(answer, key, attribute);
  return answer as FlagAnswer;
}

/** Sets an own entry, even for the key `__proto__` (plain assignment would change the prototype). */
export function setEntry(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}
