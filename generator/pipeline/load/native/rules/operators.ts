/**
 * The one table of rule operators (AWS's documented set, nothing more). The checker reads
 * `form` to know the argument shape, context inference reads `context` to type `$refs`, and the
 * evaluator has one case per operator. A new operator is a row here plus those cases.
 */

/** Argument shape. */
export type OperatorForm =
  | "logical" // (and A B …), (or A B …): boolean expressions
  | "not" // (not A)
  | "compare" // (gt $age 65): two operands
  | "string" // (begins_with $state "A"): two string operands
  | "in" // (in $userId ["123", "456"]): operand and list of constants
  | "matches" // (matches in::$greeting pattern::"h.*y")
  | "exists" // (exists key::"country")
  | "split"; // (split pct::10 by::$userId seed::"abc")

/**
 * What a use implies about the type of the context value it reads:
 * - "partner": the other operand's literal type (`eq`).
 * - "ordered-partner": the other operand's type, which should be a number or timestamp.
 * - "string": a string, whatever the partner (string operators, `matches`, `split by::`).
 * - "list-items": the item types of the list (`in`).
 * - "presence": none; the key is only tested for presence (`exists`).
 * - "none": the operator reads no context value itself.
 */
export type ContextImplication = "partner" | "ordered-partner" | "string" | "list-items" | "presence" | "none";

export interface OperatorInfo {
  readonly form: OperatorForm;
  readonly context: ContextImplication;
}

/**
 * Every documented operator with its argument shape and what it implies about context types.
 * @example OPERATORS.gt // { form: "compare", context: "ordered-partner" }
 */
export const OPERATORS = {
  and: { form: "logical", context: "none" },
  or: { form: "logical", context: "none" },
  not: { form: "not", context: "none" },
  eq: { form: "compare", context: "partner" },
  gt: { form: "compare", context: "ordered-partner" },
  gte: { form: "compare", context: "ordered-partner" },
  lt: { form: "compare", context: "ordered-partner" },
  lte: { form: "compare", context: "ordered-partner" },
  begins_with: { form: "string", context: "string" },
  ends_with: { form: "string", context: "string" },
  contains: { form: "string", context: "string" },
  in: { form: "in", context: "list-items" },
  matches: { form: "matches", context: "string" },
  exists: { form: "exists", context: "presence" },
  split: { form: "split", context: "string" },
} as const satisfies Readonly<Record<string, OperatorInfo>>;

export type RuleOperator = keyof typeof OPERATORS;

/**
 * Whether `name` is a documented rule operator.
 * @example isRuleOperator("eq") // true
 */
export function isRuleOperator(name: string): name is RuleOperator {
  return Object.hasOwn(OPERATORS, name);
}
