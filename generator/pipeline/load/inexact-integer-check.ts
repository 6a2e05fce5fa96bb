import { describePath, type DocumentFinding } from "./document-finding.js";
import { LOAD_CODES } from "./load-codes.js";
import type { JsonPath } from "./loaded-file.js";

/** The number's literal as the file spells it, or undefined when the node at `path` is no number. */
export type NumberTextAt = (path: JsonPath) => string | undefined;

// Python's json reads only a plain integer literal as an exact int; fractions and exponents
// become floats, which round exactly as JavaScript's numbers do.
const INTEGER_LITERAL = /^-?(?:0|[1-9][0-9]*)$/;

/**
 * Warns about integer literals that JavaScript cannot hold exactly (beyond ±2^53 − 1 and not a
 * double): `JSON.parse` rounds them while Powertools for Python keeps the exact integer, so
 * comparisons and returned values would differ. Integers such as 2^53 or 10^20 that a double
 * holds exactly pass. `document` is the parsed value; `numberTextAt` gives each number's literal.
 * @example findInexactIntegers({ f: { default: 9007199254740993 } }, () => "9007199254740993")[0]?.path // ["f", "default"]
 */
export function findInexactIntegers(document: unknown, numberTextAt: NumberTextAt): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  // An explicit stack with parent links: documents can nest deeper than the call stack, and
  // copying each path on the way down would cost the square of the depth.
  const pending: PendingNode[] = [{ value: document }];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const { value } = node;
    if (typeof value === "number") {
      const path = pathOf(node);
      const finding = inexactFinding(path, value, numberTextAt(path));
      if (finding) findings.push(finding);
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => pending.push({ value: item, parent: node, segment: index }));
    } else if (typeof value === "object" && value !== null) {
      for (const [key, member] of Object.entries(value)) pending.push({ value: member, parent: node, segment: key });
    }
  }
  return findings;
}

interface PendingNode {
  readonly value: unknown;
  readonly parent?: PendingNode;
  readonly segment?: string | number;
}

function pathOf(node: PendingNode): JsonPath {
  const path: (string | number)[] = [];
  for (let at: PendingNode | undefined = node; at?.segment !== undefined; at = at.parent) path.push(at.segment);
  return path.reverse();
}

function inexactFinding(path: JsonPath, value: number, text: string | undefined): DocumentFinding | undefined {
  if (text === undefined || !INTEGER_LITERAL.test(text) || !Number.isFinite(value)) return undefined;
  const read = BigInt(value);
  if (read === BigInt(text)) return undefined;
  const message = `integer ${text} (${describePath(path)}) is not exactly representable in JavaScript: the runtime reads it as ${read.toString()} ` +
    "while Powertools for Python compares and returns it exactly; keep integers within ±9007199254740991 or use a string";
  return { path, part: "value", severity: "warning", code: LOAD_CODES.inexactInteger, message };
}
