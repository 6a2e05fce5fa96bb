/** Any value a JSON document can hold. */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };

/** The 21 condition actions of the Powertools feature-flags schema. */
export const RULE_ACTIONS = [
  "EQUALS",
  "NOT_EQUALS",
  "KEY_GREATER_THAN_VALUE",
  "KEY_GREATER_THAN_OR_EQUAL_VALUE",
  "KEY_LESS_THAN_VALUE",
  "KEY_LESS_THAN_OR_EQUAL_VALUE",
  "STARTSWITH",
  "ENDSWITH",
  "IN",
  "NOT_IN",
  "KEY_IN_VALUE",
  "KEY_NOT_IN_VALUE",
  "VALUE_IN_KEY",
  "VALUE_NOT_IN_KEY",
  "ALL_IN_VALUE",
  "ANY_IN_VALUE",
  "NONE_IN_VALUE",
  "SCHEDULE_BETWEEN_TIME_RANGE",
  "SCHEDULE_BETWEEN_DATETIME_RANGE",
  "SCHEDULE_BETWEEN_DAYS_OF_WEEK",
  "MODULO_RANGE",
] as const;

export type RuleAction = (typeof RULE_ACTIONS)[number];

export interface ConditionDefinition {
  action: RuleAction;
  key: string;
  value: JsonValue;
}

export interface RuleDefinition {
  when_match?: JsonValue;
  conditions: ConditionDefinition[];
}

export interface FeatureDefinition {
  default: JsonValue;
  boolean_type?: JsonValue;
  description?: string;
  rules?: Record<string, RuleDefinition> | null;
}

/** A feature-flags document: feature name → definition (Powertools schema). */
export type FeaturesDocument = Record<string, FeatureDefinition>;

/** One defect found by `validateDocument`; `path` locates it inside the document. */
export interface ValidationIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Where a document comes from. Anything with this method is a store. */
export interface ConfigurationStore {
  getConfiguration(): Promise<unknown>;
}

/** Source of "now" for schedule actions; tests freeze it. */
export type Clock = () => Date;

/** The subset of a logger flagtype calls; Powertools Logger and `console` both fit. */
export interface Logger {
  warn(message: string, ...extra: unknown[]): void;
  error?(message: string, ...extra: unknown[]): void;
  debug?(message: string, ...extra: unknown[]): void;
}
