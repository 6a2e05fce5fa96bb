import type { BinaryExpression, Literal, Operand, RuleExpression } from "../../../../pipeline/load/native/rules/rule-expression.js";
import { textAsBoolean, textAsInstant, textAsNumber } from "./context-text.js";
import { splitBucket } from "./split-bucket.js";

/** Context as the agent receives it: every value is text. */
export type EvaluationContext = Readonly<Record<string, string>>;

export interface EvaluateOptions {
  /**
   * Seed for `split` without `seed::`. AWS keeps such splits consistent within one flag only, so
   * pass the flag key; default `""`.
   */
  readonly flagKey?: string;
}

/**
 * `true`/`false`, or `undefined` when the rule cannot be decided: a context key it reads is
 * missing, or its text does not read as the constant's type. Unknown propagates (Kleene logic):
 * `(not unknown)` is unknown, `and` is false if any operand is false, `or` true if any is true.
 * A variant matches only on `true`, so a missing key falls through to the default (AWS's rule).
 */
export type Truth = boolean | undefined;

/**
 * Evaluates a checked rule against a context. Local semantics for what AWS leaves open:
 * string operators and `eq` on strings are case-sensitive; `matches` is an unanchored search
 * with JavaScript's RegExp; `split` uses {@link splitBucket}, not AWS's hash.
 * @example
 * const rule = compileRule('(in $plan ["pro", "team"])').expression!;
 * evaluateRule(rule, { plan: "pro" }); // true
 * evaluateRule(rule, {}); // undefined: missing key
 */
export function evaluateRule(rule: RuleExpression, context: EvaluationContext, options: EvaluateOptions = {}): Truth {
  switch (rule.op) {
    case "and":
      return kleeneAll(rule.operands.map((operand) => evaluateRule(operand, context, options)));
    case "or":
      return kleeneAny(rule.operands.map((operand) => evaluateRule(operand, context, options)));
    case "not": {
      const value = evaluateRule(rule.operand, context, options);
      return value === undefined ? undefined : !value;
    }
    case "in": {
      const item = resolve(rule.item, context);
      return kleeneAny(rule.list.map((entry) => compare("eq", item, entry)));
    }
    case "matches": {
      const input = resolve(rule.input, context);
      const text = asString(input);
      return text === undefined ? undefined : new RegExp(rule.pattern).test(text);
    }
    case "exists":
      return Object.hasOwn(context, rule.key.name);
    case "split": {
      const by = lookup(context, rule.by.name);
      return by === undefined ? undefined : splitBucket(by, rule.seed ?? options.flagKey ?? "") < rule.pct;
    }
    case "begins_with":
    case "ends_with":
    case "contains":
      return stringOperator(rule, context);
    default:
      return compare(rule.op, resolve(rule.left, context), resolve(rule.right, context));
  }
}

/** A context value's text, a constant, or `undefined` for a missing key. */
type Resolved = { readonly kind: "text"; readonly text: string } | Literal | undefined;

function lookup(context: EvaluationContext, name: string): string | undefined {
  return Object.hasOwn(context, name) ? context[name] : undefined;
}

function resolve(operand: Operand, context: EvaluationContext): Resolved {
  if (operand.kind !== "ref") return operand;
  const text = lookup(context, operand.name);
  return text === undefined ? undefined : { kind: "text", text };
}

function asString(value: Resolved): string | undefined {
  if (value?.kind === "text") return value.text;
  return value?.kind === "string" ? value.value : undefined;
}

function stringOperator(rule: BinaryExpression, context: EvaluationContext): Truth {
  const left = asString(resolve(rule.left, context));
  const right = asString(resolve(rule.right, context));
  if (left === undefined || right === undefined) return undefined;
  if (rule.op === "begins_with") return left.startsWith(right);
  if (rule.op === "ends_with") return left.endsWith(right);
  return left.includes(right);
}

type Comparable = number | string | boolean;

/** Reads a resolved operand as the same kind as `other`, so that the two can be compared. */
function comparable(value: Resolved, other: Resolved): Comparable | undefined {
  if (value === undefined) return undefined;
  if (value.kind === "timestamp") return value.epochMs;
  if (value.kind !== "text") return value.value;
  switch (other?.kind) {
    case "number":
      return textAsNumber(value.text);
    case "timestamp":
      return textAsInstant(value.text);
    case "boolean":
      return textAsBoolean(value.text);
    case "text": {
      const self = textAsNumber(value.text);
      return self !== undefined && textAsNumber(other.text) !== undefined ? self : value.text;
    }
    default:
      return value.text;
  }
}

function compare(op: "eq" | "gt" | "gte" | "lt" | "lte", left: Resolved, right: Resolved): Truth {
  const a = comparable(left, right);
  const b = comparable(right, left);
  if (a === undefined || b === undefined) return undefined;
  if (op === "eq") return a === b;
  if (typeof a !== typeof b || typeof a === "boolean") return undefined;
  if (op === "gt") return a > b;
  if (op === "gte") return a >= b;
  if (op === "lt") return a < b;
  return a <= b;
}

function kleeneAll(values: readonly Truth[]): Truth {
  if (values.includes(false)) return false;
  return values.includes(undefined) ? undefined : true;
}

function kleeneAny(values: readonly Truth[]): Truth {
  if (values.includes(true)) return true;
  return values.includes(undefined) ? undefined : false;
}
