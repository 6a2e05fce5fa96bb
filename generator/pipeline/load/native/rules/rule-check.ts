import { isRuleOperator, OPERATORS, type RuleOperator } from "./operators.js";
import { checkComparison, checkExists, checkIn, checkMatches, checkSplit, checkStringOperator, type FormInput } from "./rule-check-forms.js";
import type { RuleExpression } from "./rule-expression.js";
import { describeNode, RuleFindings, type RuleFinding } from "./rule-finding.js";
import { rejectAnnotations } from "./rule-operands.js";
import type { RuleNode } from "./rule-syntax.js";

/** A checked rule: `expression` is present exactly when no finding is an error. */
export interface RuleCheckResult {
  readonly expression: RuleExpression | undefined;
  readonly findings: readonly RuleFinding[];
}

/**
 * Checks a parsed rule against AppConfig's documented operators: known operator names, arity
 * and argument kinds, named arguments of `matches`/`exists`/`split`, valid regular expressions,
 * and a boolean result (the rule and every operand of `and`/`or`/`not` is an operator expression).
 * Reports every problem it finds, each with an offset into the rule string.
 * @example
 * const parsed = parseRule("(gt $age true)");
 * if (parsed.ok) checkRule(parsed.node).findings[0]?.message; // "gt orders numbers and timestamps, not booleans"
 */
export function checkRule(node: RuleNode): RuleCheckResult {
  const findings = new RuleFindings();
  const expression = checkExpression(node, "a rule", findings);
  return { expression: findings.hasErrors ? undefined : expression, findings: findings.list };
}

const KNOWN = Object.keys(OPERATORS).join(", ");

function checkExpression(node: RuleNode, role: string, findings: RuleFindings): RuleExpression | undefined {
  if (node.kind !== "sexp") {
    findings.error(node, `${role} must be a boolean expression such as (eq $plan "pro"), found ${describeNode(node)}`);
    return undefined;
  }
  rejectAnnotations(node, "an expression", findings);
  const [opNode, ...args] = node.items;
  if (opNode === undefined) {
    findings.error(node, "empty expression (): expected an operator such as eq");
    return undefined;
  }
  if (opNode.kind !== "symbol" || opNode.name.startsWith("$")) {
    findings.error(opNode, `an expression starts with an operator (${KNOWN}), found ${describeNode(opNode)}`);
    return undefined;
  }
  rejectAnnotations(opNode, "an operator", findings);
  if (!isRuleOperator(opNode.name)) {
    const close = closestOperator(opNode.name);
    findings.error(opNode, `unknown operator ${opNode.name}${close ? ` (did you mean ${close}?)` : ""}; known: ${KNOWN}`);
    return undefined;
  }
  return checkOperator(opNode.name, { sexp: node, opNode, args, findings });
}

function checkOperator(op: RuleOperator, input: FormInput): RuleExpression | undefined {
  switch (op) {
    case "and":
    case "or":
      return checkLogical(op, input);
    case "not": {
      if (input.args.length !== 1) input.findings.error(input.sexp, `not takes one operand, found ${input.args.length}`);
      const operand = input.args[0] && checkExpression(input.args[0], "the operand of not", input.findings);
      return operand && { op, operand, start: input.sexp.start, end: input.sexp.end };
    }
    case "eq":
    case "gt":
    case "gte":
    case "lt":
    case "lte":
      return checkComparison(input, op);
    case "begins_with":
    case "ends_with":
    case "contains":
      return checkStringOperator(input, op);
    case "in":
      return checkIn(input);
    case "matches":
      return checkMatches(input);
    case "exists":
      return checkExists(input);
    case "split":
      return checkSplit(input);
  }
}

function checkLogical(op: "and" | "or", input: FormInput): RuleExpression | undefined {
  const { args, findings, sexp } = input;
  if (args.length < 2) findings.error(sexp, `${op} takes at least two operands, found ${args.length}`);
  if (args.length > 2) findings.warning(sexp, `${op} with ${args.length} operands is undocumented (AWS shows two); evaluated locally as all of them`);
  const operands = args.map((arg) => checkExpression(arg, `an operand of ${op}`, findings));
  if (operands.some((operand) => operand === undefined)) return undefined;
  return { op, operands: operands as RuleExpression[], start: sexp.start, end: sexp.end };
}

/** The first operator within edit distance 2 of `name` at the smallest distance. */
function closestOperator(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of Object.keys(OPERATORS)) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
