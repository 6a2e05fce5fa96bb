import type { Span } from "./rule-expression.js";
import type { RuleNode } from "./rule-syntax.js";

/** A problem in one rule string; `offset`/`length` index the rule string (UTF-16 code units). */
export interface RuleFinding {
  readonly severity: "error" | "warning";
  /** Set on the one finding of a rule that does not parse. */
  readonly syntax?: true;
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

/** Collects findings while a rule is checked. */
export class RuleFindings {
  readonly list: RuleFinding[] = [];

  error(at: Span, message: string): void {
    this.add("error", at, message);
  }

  warning(at: Span, message: string): void {
    this.add("warning", at, message);
  }

  get hasErrors(): boolean {
    return this.list.some((finding) => finding.severity === "error");
  }

  private add(severity: RuleFinding["severity"], at: Span, message: string): void {
    this.list.push({ severity, offset: at.start, length: Math.max(at.end - at.start, 1), message });
  }
}

/** The span of a node including its annotations. */
export function fullSpan(node: RuleNode): Span {
  return { start: node.annotations[0]?.start ?? node.start, end: node.end };
}

/**
 * How a node reads in a message: "a string", "a list", "the symbol foo".
 * @example describeNode(parsed) // "a number"
 */
export function describeNode(node: RuleNode): string {
  switch (node.kind) {
    case "sexp":
      return "an expression";
    case "list":
      return "a list";
    case "symbol":
      return node.name.startsWith("$") ? `the context value ${node.name}` : `the symbol ${node.name}`;
    case "string":
      return "a string";
    case "int":
    case "decimal":
    case "float":
      return "a number";
    case "timestamp":
      return "a timestamp";
    case "bool":
      return "a boolean";
  }
}
