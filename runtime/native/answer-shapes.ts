import { describeValue, isJsonObject, memberOf } from "../engine/json-shape.js";
import { objectMember } from "./object-member.js";

/** What a flag's generated type promises: its variant names and each attribute's type. */
interface FlagShape {
  readonly variants?: ReadonlySet<string>;
  readonly attributes: readonly AttributeShape[];
}

interface AttributeShape {
  readonly key: string;
  readonly required: boolean;
  /** Why `value` is outside the attribute's type, or undefined when it fits. */
  readonly misfit: (value: unknown) => string | undefined;
}

/**
 * The generated types of a native module, recovered from the build-time stored document they were
 * generated from, so that an answer the live profile gives can be checked against them: a flag
 * whose answer breaks its type (a variant the code has no name for, a missing required attribute,
 * a value outside its constraints) falls back instead of reaching business code.
 * @example AnswerShapes.of(BUILD_TIME_DOCUMENT).misfit("checkout_v2", { enabled: true }) // "lacks the required attribute max_items"
 */
export class AnswerShapes {
  private constructor(private readonly byFlag: ReadonlyMap<string, FlagShape>) {}

  static of(document: unknown): AnswerShapes {
    const flags = objectMember(document, "flags");
    const values = objectMember(document, "values");
    const byFlag = new Map<string, FlagShape>();
    for (const key of Object.keys(flags)) {
      const variants = memberOf(objectMember(values, key), "_variants");
      const names = Array.isArray(variants) ? variants.map((variant: unknown) => (isJsonObject(variant) ? memberOf(variant, "name") : undefined)) : undefined;
      const attributes = Object.entries(objectMember(objectMember(flags, key), "attributes")).map(([name, definition]) => attributeShape(name, definition));
      byFlag.set(key, { ...(names ? { variants: new Set(names.filter((name): name is string => typeof name === "string")) } : {}), attributes });
    }
    return new AnswerShapes(byFlag);
  }

  /** Whether the document defines the flag. */
  has(name: string): boolean {
    return this.byFlag.has(name);
  }

  /** Whether the flag has variants (its answers come from the agent per context). */
  hasVariants(name: string): boolean {
    return this.byFlag.get(name)?.variants !== undefined;
  }

  /** Why `answer` does not fit the flag's generated type, or undefined when it does (or the flag is not known). */
  misfit(name: string, answer: unknown): string | undefined {
    if (!isJsonObject(answer)) return `is ${describeValue(answer)}, not an object`;
    if (typeof memberOf(answer, "enabled") !== "boolean") return `has enabled ${describeValue(memberOf(answer, "enabled"))}, not true or false`;
    const shape = this.byFlag.get(name);
    if (!shape) return undefined;
    const variant = memberOf(answer, "_variant");
    if (shape.variants && (typeof variant !== "string" || !shape.variants.has(variant))) return `has the variant ${describeValue(variant)}, which the generated code does not know`;
    if (memberOf(answer, "enabled") !== true) return undefined;
    for (const attribute of shape.attributes) {
      const value = memberOf(answer, attribute.key);
      if (value === undefined) {
        if (attribute.required) return `lacks the required attribute ${attribute.key}`;
        continue;
      }
      const misfit = attribute.misfit(value);
      if (misfit) return `has ${attribute.key} ${misfit}`;
    }
    return undefined;
  }
}

function attributeShape(key: string, definition: unknown): AttributeShape {
  const constraints = isJsonObject(definition) ? memberOf(definition, "constraints") : undefined;
  const required = isJsonObject(constraints) && memberOf(constraints, "required") === true;
  return { key, required, misfit: isJsonObject(constraints) ? valueMisfit(constraints) : anyAttribute };
}

const KINDS = ["string", "number", "boolean"] as const;

function anyAttribute(value: unknown): string | undefined {
  if (KINDS.includes(typeof value as (typeof KINDS)[number])) return undefined;
  if (Array.isArray(value) && (value.every((item) => typeof item === "string") || value.every((item) => typeof item === "number"))) return undefined;
  return `${describeValue(value)}, not an attribute value`;
}

function valueMisfit(constraints: Readonly<Record<string, unknown>>): (value: unknown) => string | undefined {
  const type = memberOf(constraints, "type");
  if (type === "array") {
    const elements = memberOf(constraints, "elements");
    const element = isJsonObject(elements) ? valueMisfit(elements) : anyAttribute;
    return (value) => {
      if (!Array.isArray(value)) return `${describeValue(value)}, not an array`;
      for (const item of value) {
        const misfit = element(item);
        if (misfit) return `with an item ${misfit}`;
      }
      return undefined;
    };
  }
  const entries = memberOf(constraints, "enum");
  const allowed = type === "string" && Array.isArray(entries) ? new Set(entries.map((entry: unknown) => String(entry))) : undefined;
  return (value) => {
    if (typeof value !== type) return `${describeValue(value)}, not a ${String(type)}`;
    if (allowed && !allowed.has(value as string)) return `${describeValue(value)}, outside its enum`;
    return undefined;
  };
}
