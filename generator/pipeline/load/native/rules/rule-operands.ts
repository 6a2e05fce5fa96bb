import type { ContextRef, Literal, Operand } from "./rule-expression.js";
import { describeNode, fullSpan, type RuleFindings } from "./rule-finding.js";
import type { RuleNode } from "./rule-syntax.js";

/**
 * Reads a positional operand: a `$ref` or a scalar constant. Reports anything else, and
 * annotations unless `annotated` (the value of a named argument).
 */
export function readOperand(node: RuleNode, op: string, findings: RuleFindings, annotated = false): Operand | undefined {
  if (!annotated) rejectAnnotations(node, op, findings);
  if (node.kind === "symbol") return readRef(node, findings);
  if (node.kind === "sexp") {
    findings.error(node, `${op} takes a context value ($name) or a constant here, not ${describeNode(node)}`);
    return undefined;
  }
  if (node.kind === "list") {
    const hint = op === "eq" ? "; to test membership use (in $key [ … ])" : "";
    findings.error(node, `${op} takes a single value here, not a list${hint}`);
    return undefined;
  }
  return readLiteral(node, findings);
}

/** Reads a `$name` symbol as a context reference; reports other symbols. */
export function readRef(node: RuleNode, findings: RuleFindings): ContextRef | undefined {
  if (node.kind !== "symbol") {
    findings.error(node, `expected a context value such as $userId, found ${describeNode(node)}`);
    return undefined;
  }
  if (!node.name.startsWith("$")) {
    findings.error(node, `unquoted symbol ${node.name}: write "${node.name}" for a string or $${node.name} for a context value`);
    return undefined;
  }
  const name = node.name.slice(1);
  if (name === "") {
    findings.error(node, "empty context key: write $name");
    return undefined;
  }
  return { kind: "ref", name, start: node.start, end: node.end };
}

/** Reads a scalar constant (string, number, timestamp, boolean); reports containers and symbols. */
export function readLiteral(node: RuleNode, findings: RuleFindings): Literal | undefined {
  const span = { start: node.start, end: node.end };
  switch (node.kind) {
    case "string":
      return { kind: "string", value: node.value, ...span };
    case "int":
    case "decimal":
    case "float":
      if (node.kind === "int" && !Number.isSafeInteger(node.value)) {
        findings.warning(node, `${node.text} is beyond ±2^53: JavaScript compares it inexactly`);
      }
      return { kind: "number", value: node.value, text: node.text, ...span };
    case "timestamp":
      return { kind: "timestamp", text: node.text, precision: node.precision, epochMs: node.epochMs, ...span };
    case "bool":
      return { kind: "boolean", value: node.value, ...span };
    default:
      findings.error(node, `expected a constant (string, number, timestamp or boolean), found ${describeNode(node)}`);
      return undefined;
  }
}

/** Reports annotations on a node that takes none. */
export function rejectAnnotations(node: RuleNode, op: string, findings: RuleFindings): void {
  for (const annotation of node.annotations) {
    findings.error(annotation, `unexpected ${annotation.name}:: in ${op}: only matches, exists and split take named arguments`);
  }
}

/**
 * Reads `name::value` arguments. Reports positional arguments, unknown or repeated names, and
 * missing required ones (at `at`, the operator).
 */
export function readNamedArguments(
  args: readonly RuleNode[],
  op: string,
  names: { readonly required: readonly string[]; readonly optional: readonly string[] },
  at: RuleNode,
  findings: RuleFindings,
): Map<string, RuleNode> {
  const known = [...names.required, ...names.optional];
  const expected = known.map((name) => `${name}::`).join(", ");
  const found = new Map<string, RuleNode>();
  for (const arg of args) {
    const [first, ...more] = arg.annotations;
    if (first === undefined) {
      findings.error(arg, `${op} takes named arguments (${expected}); ${describeNode(arg)} has no name`);
      continue;
    }
    if (more.length > 0) {
      findings.error(fullSpan(arg), `an argument takes one name, found ${arg.annotations.length}`);
      continue;
    }
    if (!known.includes(first.name)) findings.error(first, `unknown argument ${first.name}:: for ${op}; expected ${expected}`);
    else if (found.has(first.name)) findings.error(fullSpan(arg), `${first.name}:: is given more than once`);
    else found.set(first.name, arg);
  }
  for (const name of names.required) {
    if (!found.has(name)) findings.error(at, `${op} needs ${name}::`);
  }
  return found;
}
