import type {
  BinaryExpression,
  ComparisonOperator,
  ExistsExpression,
  InExpression,
  Literal,
  MatchesExpression,
  Operand,
  SplitExpression,
  Span,
  StringOperator,
} from "./rule-expression.js";
import { describeNode, type RuleFindings } from "./rule-finding.js";
import { readLiteral, readNamedArguments, readOperand, readRef, rejectAnnotations } from "./rule-operands.js";
import type { RuleNode, RuleSexp } from "./rule-syntax.js";

/** What a form checker gets: the operator's name node, its arguments and the expression's span. */
export interface FormInput {
  readonly sexp: RuleSexp;
  readonly opNode: RuleNode;
  readonly args: readonly RuleNode[];
  readonly findings: RuleFindings;
}

const span = (sexp: RuleSexp): Span => ({ start: sexp.start, end: sexp.end });

function twoOperands(input: FormInput, op: string, form: string): [Operand | undefined, Operand | undefined] | undefined {
  if (input.args.length !== 2) {
    input.findings.error(input.sexp, `${op} takes two operands, as in ${form}; found ${input.args.length}`);
    return undefined;
  }
  const [left, right] = input.args as [RuleNode, RuleNode];
  return [readOperand(left, op, input.findings), readOperand(right, op, input.findings)];
}

function warnWithoutContext(input: FormInput, op: string, left: Operand, right: Operand): void {
  if (left.kind !== "ref" && right.kind !== "ref") input.findings.warning(input.sexp, `${op} compares two constants: it never reads the context`);
  else if (left.kind === "ref" && right.kind === "ref") {
    input.findings.warning(input.sexp, `${op} compares two context values; AWS documents comparing a context value with a given value`);
  }
}

/** `(eq $a 1)`, `(gt $age 65)`, …: two scalar operands; ordering needs numbers or timestamps. */
export function checkComparison(input: FormInput, op: ComparisonOperator): BinaryExpression | undefined {
  const operands = twoOperands(input, op, `(${op} $age 65)`);
  if (!operands) return undefined;
  const [left, right] = operands;
  for (const operand of [left, right]) {
    if (op === "eq" || operand === undefined || operand.kind === "ref") continue;
    if (operand.kind === "boolean") input.findings.error(operand, `${op} orders numbers and timestamps, not booleans`);
    if (operand.kind === "string") {
      input.findings.warning(operand, `${op} on a string is undocumented; evaluated locally by UTF-16 code-unit order`);
    }
  }
  if (!left || !right) return undefined;
  warnWithoutContext(input, op, left, right);
  return { op, left, right, ...span(input.sexp) };
}

/** `(begins_with $state "A")` and the like: both operands are strings. */
export function checkStringOperator(input: FormInput, op: StringOperator): BinaryExpression | undefined {
  const operands = twoOperands(input, op, `(${op} $name "text")`);
  if (!operands) return undefined;
  const [left, right] = operands;
  for (const operand of [left, right]) {
    if (operand && operand.kind !== "ref" && operand.kind !== "string") {
      const quoted = "text" in operand ? ` (write "${operand.text}")` : "";
      input.findings.error(operand, `${op} takes strings, not a ${operand.kind}${quoted}`);
    }
  }
  if (!left || !right) return undefined;
  warnWithoutContext(input, op, left, right);
  return { op, left, right, ...span(input.sexp) };
}

/** `(in $userId ["123", "456"])`: an operand and a list of constants. */
export function checkIn(input: FormInput): InExpression | undefined {
  const { args, findings } = input;
  if (args.length !== 2) {
    findings.error(input.sexp, `in takes two operands, as in (in $userId ["123", "456"]); found ${args.length}`);
    return undefined;
  }
  const [itemNode, listNode] = args as [RuleNode, RuleNode];
  const item = readOperand(itemNode, "in", findings);
  if (listNode.kind !== "list") {
    findings.error(listNode, `in needs a list of constants such as ["a", "b"], found ${describeNode(listNode)}`);
    return undefined;
  }
  rejectAnnotations(listNode, "in", findings);
  const list = listNode.items.map((entry) => {
    rejectAnnotations(entry, "in", findings);
    return readLiteral(entry, findings);
  });
  if (list.length === 0) findings.warning(listNode, "in with an empty list is never true");
  if (item && item.kind !== "ref") findings.warning(itemNode, "in tests a constant: it never reads the context");
  if (!item || list.some((entry) => entry === undefined)) return undefined;
  return { op: "in", item, list: list as Literal[], ...span(input.sexp) };
}

/** `(matches in::$greeting pattern::"h.*y")`: `pattern` must compile as a regular expression. */
export function checkMatches(input: FormInput): MatchesExpression | undefined {
  const { findings } = input;
  const named = readNamedArguments(input.args, "matches", { required: ["in", "pattern"], optional: [] }, input.opNode, findings);
  const inNode = named.get("in");
  const patternNode = named.get("pattern");
  const operand = inNode && readOperand(inNode, "matches", findings, true);
  if (operand && operand.kind !== "ref" && operand.kind !== "string") findings.error(operand, `matches in:: takes a string, not a ${operand.kind}`);
  if (patternNode && patternNode.kind !== "string") findings.error(patternNode, `pattern:: must be a string, found ${describeNode(patternNode)}`);
  const pattern = patternNode?.kind === "string" ? patternNode.value : undefined;
  if (patternNode && pattern !== undefined) {
    try {
      new RegExp(pattern);
    } catch (error) {
      findings.error(patternNode, `pattern:: is not a valid regular expression: ${(error as Error).message}`);
      return undefined;
    }
  }
  if (!operand || pattern === undefined || (operand.kind !== "ref" && operand.kind !== "string")) return undefined;
  return { op: "matches", input: operand, pattern, ...span(input.sexp) };
}

/** `(exists key::"country")`: the key is a string naming a context key, without `$`. */
export function checkExists(input: FormInput): ExistsExpression | undefined {
  const { findings } = input;
  const first = input.args[0];
  if (input.args.length === 1 && first?.kind === "symbol" && first.annotations.length === 0 && first.name.startsWith("$")) {
    findings.error(first, `exists takes the key name as a string: write (exists key::"${first.name.slice(1)}")`);
    return undefined;
  }
  const keyNode = readNamedArguments(input.args, "exists", { required: ["key"], optional: [] }, input.opNode, findings).get("key");
  if (!keyNode) return undefined;
  if (keyNode.kind !== "string") {
    findings.error(keyNode, `exists key:: must be a string such as "country", found ${describeNode(keyNode)}`);
    return undefined;
  }
  if (keyNode.value === "") findings.error(keyNode, "exists key:: must name a key");
  if (keyNode.value.startsWith("$")) findings.warning(keyNode, `exists key:: takes the key name without $ (write "${keyNode.value.slice(1)}")`);
  return { op: "exists", key: { kind: "ref", name: keyNode.value, start: keyNode.start, end: keyNode.end }, ...span(input.sexp) };
}

/** `(split pct::10 by::$userId seed::"abc")`, arguments in any order. */
export function checkSplit(input: FormInput): SplitExpression | undefined {
  const { findings } = input;
  const named = readNamedArguments(input.args, "split", { required: ["pct", "by"], optional: ["seed"] }, input.opNode, findings);
  const pctNode = named.get("pct");
  const byNode = named.get("by");
  const seedNode = named.get("seed");
  let pct: number | undefined;
  if (pctNode && pctNode.kind !== "int" && pctNode.kind !== "decimal" && pctNode.kind !== "float") {
    findings.error(pctNode, `split pct:: must be a number from 0 to 100, found ${describeNode(pctNode)}`);
  } else if (pctNode) {
    if (pctNode.value < 0 || pctNode.value > 100) findings.error(pctNode, `split pct:: must be from 0 to 100, found ${pctNode.text}`);
    else if (!Number.isInteger(pctNode.value)) findings.warning(pctNode, `fractional pct:: ${pctNode.text} is undocumented (AWS shows whole percentages)`);
    pct = pctNode.value;
  }
  const by = byNode && readRef(byNode, findings);
  if (seedNode && seedNode.kind !== "string") findings.error(seedNode, `split seed:: must be a string, found ${describeNode(seedNode)}`);
  const seed = seedNode?.kind === "string" ? seedNode.value : undefined;
  if (pct === undefined || !by || (seedNode && seed === undefined)) return undefined;
  return { op: "split", pct, by, seed, ...span(input.sexp) };
}
