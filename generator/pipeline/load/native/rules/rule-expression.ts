/**
 * A checked rule: plain data with one node type per operator shape. Produced by `checkRule`,
 * read by context inference and by the local evaluator. Offsets index the rule string.
 */

import type { TimestampPrecision } from "./rule-syntax.js";

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** `$name` in the rule (or the key string of `exists key::"name"`). */
export interface ContextRef extends Span {
  readonly kind: "ref";
  readonly name: string;
}

export type Literal = Span &
  (
    | { readonly kind: "string"; readonly value: string }
    | { readonly kind: "number"; readonly value: number; readonly text: string }
    | { readonly kind: "timestamp"; readonly text: string; readonly precision: TimestampPrecision; readonly epochMs: number }
    | { readonly kind: "boolean"; readonly value: boolean }
  );

export type LiteralKind = Literal["kind"];

export type Operand = ContextRef | Literal;

export type ComparisonOperator = "eq" | "gt" | "gte" | "lt" | "lte";
export type StringOperator = "begins_with" | "ends_with" | "contains";

export interface LogicalExpression extends Span {
  readonly op: "and" | "or";
  readonly operands: readonly RuleExpression[];
}

export interface NotExpression extends Span {
  readonly op: "not";
  readonly operand: RuleExpression;
}

/** `(gt $age 65)`: `left` and `right` in source order. */
export interface BinaryExpression extends Span {
  readonly op: ComparisonOperator | StringOperator;
  readonly left: Operand;
  readonly right: Operand;
}

export interface InExpression extends Span {
  readonly op: "in";
  readonly item: Operand;
  readonly list: readonly Literal[];
}

export interface MatchesExpression extends Span {
  readonly op: "matches";
  readonly input: Operand;
  readonly pattern: string;
}

export interface ExistsExpression extends Span {
  readonly op: "exists";
  /** The key named by `key::"…"`; its span is that string's. */
  readonly key: ContextRef;
}

export interface SplitExpression extends Span {
  readonly op: "split";
  readonly pct: number;
  readonly by: ContextRef;
  readonly seed: string | undefined;
}

export type RuleExpression =
  | LogicalExpression
  | NotExpression
  | BinaryExpression
  | InExpression
  | MatchesExpression
  | ExistsExpression
  | SplitExpression;
