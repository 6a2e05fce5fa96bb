/**
 * The deployment-time ("stored") document of an `AWS.AppConfig.FeatureFlags` profile, as
 * `CreateHostedConfigurationVersion` takes it. Shapes follow AWS's published JSON Schema.
 */

/** A string (≤ 1024), number, boolean, or non-empty array of strings or of numbers. */
export type AttributeValue = string | number | boolean | readonly string[] | readonly number[];

export interface StringConstraints {
  readonly type: "string";
  readonly required?: boolean;
  readonly pattern?: string;
  /** Strings or integers; at most 100 entries (the schema text does not enforce it). */
  readonly enum?: readonly (string | number)[];
}

export interface NumberConstraints {
  readonly type: "number";
  readonly required?: boolean;
  /** JSON integers only. */
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface BooleanConstraints {
  readonly type: "boolean";
  readonly required?: boolean;
}

export interface ArrayConstraints {
  readonly type: "array";
  readonly required?: boolean;
  readonly elements?: StringConstraints | NumberConstraints;
}

export type AttributeConstraints = StringConstraints | NumberConstraints | BooleanConstraints | ArrayConstraints;

export interface AttributeDefinition {
  readonly description?: string;
  readonly constraints?: AttributeConstraints;
}

export interface FlagDefinition {
  readonly name?: string;
  readonly description?: string;
  readonly _createdAt?: string;
  readonly _updatedAt?: string;
  readonly _deprecation?: { readonly status?: "planned"; readonly date?: string };
  readonly attributes?: Readonly<Record<string, AttributeDefinition>>;
}

export interface StoredVariant {
  readonly name: string;
  readonly enabled: boolean;
  readonly rule?: string;
  readonly attributeValues?: Readonly<Record<string, AttributeValue>>;
}

/** A basic value carries attribute values as siblings of `enabled`; a multi-variant one has `_variants`. */
export interface FlagValue {
  readonly enabled?: boolean;
  readonly _createdAt?: string;
  readonly _updatedAt?: string;
  readonly _variants?: readonly StoredVariant[];
  readonly [attribute: string]: unknown;
}

export interface StoredDocument {
  readonly version: "1";
  readonly flags?: Readonly<Record<string, FlagDefinition>>;
  readonly values?: Readonly<Record<string, FlagValue>>;
}

/** Keys of a basic value that are not attribute values. */
export const RESERVED_VALUE_KEYS: ReadonlySet<string> = new Set(["enabled", "_createdAt", "_updatedAt", "_variants"]);

/**
 * The attribute values of a basic flag value: every sibling of `enabled` except service metadata.
 * @example basicAttributes({ enabled: true, max_items: 50, _updatedAt: "…" }) // [["max_items", 50]]
 */
export function basicAttributes(value: FlagValue): [string, unknown][] {
  return Object.entries(value).filter(([key]) => !RESERVED_VALUE_KEYS.has(key));
}

/**
 * Whether a value is multi-variant (has a `_variants` array).
 * @example isMultiVariant({ _variants: [] }) // true
 */
export function isMultiVariant(value: FlagValue | undefined): value is FlagValue & { readonly _variants: readonly StoredVariant[] } {
  return value !== undefined && Array.isArray(value._variants);
}

/** Whether `value` is a plain object (not null, not an array). */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
