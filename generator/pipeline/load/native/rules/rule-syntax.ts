/**
 * The syntax tree of one multi-variant rule: the subset of Amazon Ion text that AppConfig rules
 * use. Offsets are UTF-16 indexes into the rule string (JavaScript string indexes); `end` is
 * exclusive. Annotations (`pct::`, `by::`) are kept beside the value they annotate.
 */

/** One `name::` annotation in front of a value. */
export interface RuleAnnotation {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

interface NodeBase {
  /** Offset of the value itself (after its annotations). */
  readonly start: number;
  readonly end: number;
  readonly annotations: readonly RuleAnnotation[];
}

/** `( … )`: an operator application when its first item is a symbol. */
export interface RuleSexp extends NodeBase {
  readonly kind: "sexp";
  readonly items: readonly RuleNode[];
}

/** `[a, b]`: a list of constants (the `in` operator). */
export interface RuleList extends NodeBase {
  readonly kind: "list";
  readonly items: readonly RuleNode[];
}

/** An identifier (`eq`, `$userId`) or a quoted symbol (`'$user-id'`). */
export interface RuleSymbol extends NodeBase {
  readonly kind: "symbol";
  readonly name: string;
  readonly quoted: boolean;
}

export interface RuleString extends NodeBase {
  readonly kind: "string";
  readonly value: string;
}

/** Ion `int` (`-7`), `decimal` (`3.14`, `1.5d3`) or `float` (`1.234e-5`); `text` is the source spelling. */
export interface RuleNumber extends NodeBase {
  readonly kind: "int" | "decimal" | "float";
  readonly value: number;
  readonly text: string;
}

export type TimestampPrecision = "year" | "month" | "day" | "minute" | "second" | "fraction";

/** An Ion timestamp; `epochMs` is its instant, with an unknown or absent offset read as UTC. */
export interface RuleTimestamp extends NodeBase {
  readonly kind: "timestamp";
  readonly text: string;
  readonly precision: TimestampPrecision;
  readonly epochMs: number;
}

export interface RuleBool extends NodeBase {
  readonly kind: "bool";
  readonly value: boolean;
}

export type RuleNode = RuleSexp | RuleList | RuleSymbol | RuleString | RuleNumber | RuleTimestamp | RuleBool;

/** Why a rule string is not well-formed, with the offending range inside the rule string. */
export interface RuleSyntaxError {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

export type RuleParseResult =
  | { readonly ok: true; readonly node: RuleNode }
  | { readonly ok: false; readonly error: RuleSyntaxError };
