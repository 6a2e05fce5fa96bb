import { describe, expect, it } from "vitest";
import { parseRule } from "../../../../../../generator/pipeline/load/native/rules/rule-parse.js";
import { printRule } from "../../../../../../generator/pipeline/load/native/rules/rule-print.js";
import type { RuleNode } from "../../../../../../generator/pipeline/load/native/rules/rule-syntax.js";
import { DOCUMENTED_OPERANDS, DOCUMENTED_RULES } from "../../../../../support/native/doc-examples.js";
import { ionJsShapes, nodeShape } from "../../../../../support/native/ion-oracle.js";

function parsed(text: string): RuleNode {
  const result = parseRule(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message} at ${result.error.offset}`);
  return result.node;
}

function errorOf(text: string): { offset: number; length: number; message: string } {
  const result = parseRule(text);
  if (result.ok) throw new Error(`${text} parsed`);
  return result.error;
}

/** Every node with its source slice, to prove offsets point at the right text. */
function slices(text: string, node: RuleNode): string[] {
  const own = [text.slice(node.start, node.end), ...node.annotations.map((a) => text.slice(a.start, a.end) + "::")];
  const children = node.kind === "sexp" || node.kind === "list" ? node.items.flatMap((item) => slices(text, item)) : [];
  return [...own, ...children];
}

const MORE_VALID = [
  "(eq $x 3.14)",
  "(lt $x 1.234e-5)",
  "(eq $x -7)",
  "(gt $t 2012-03-04T05:06:07-08:00)",
  "(gte $t 2024-01T)",
  "(lte $t 2024-02-29)",
  "(eq $t 2012-03-04T05:06:07.123Z)",
  "(eq $t 0050-06-01T)",
  "(eq $b true)",
  "(not (eq $b false))",
  "(eq $x 1.5d3)",
  "(eq $x 1.)",
  "(eq $x -0)",
  "(eq $x 9223372036854775807)",
  '(eq $x "tab\\tquote\\"slash\\\\ \\u00e9 \\U0001F600 \\x41")',
  "(eq '$user-id' 'quoted sym')",
  "(eq $x 1) // trailing comment",
  "/* lead */ (eq /* mid */ $x 1)",
  '(in $x [1, "a", 2.5, true,])',
  "(in $x [])",
  '(exists key :: "spaced")',
  "a::b::(eq $x 1)",
  '("eq"$x"a")',
  "()",
];

describe("parseRule: documented examples", () => {
  it.each(DOCUMENTED_RULES)("parses %s and prints it back unchanged", (text) => {
    expect(printRule(parsed(text))).toBe(text);
  });

  it.each(DOCUMENTED_OPERANDS.filter((operand) => operand.valid))("reads the operand $text as Ion $kind", ({ text, kind }) => {
    const node = parsed(`(eq $x ${text})`);
    expect(node.kind === "sexp" && node.items[2]?.kind).toBe(kind);
  });

  it("rejects AWS's 2024-01 timestamp example, as Ion does, and says how to write it", () => {
    expect(errorOf("(gt $t 2024-01)")).toEqual({ offset: 7, length: 7, message: "timestamp 2024-01 needs a trailing T in Ion (write 2024-01T)" });
  });

  it("gives the documented shapes: annotations as argument names, symbols for context values", () => {
    const node = parsed('(split pct::10 by::$userId seed::"abc")');
    expect(nodeShape(node)).toEqual({
      type: "sexp",
      annotations: [],
      items: [
        { type: "symbol", annotations: [], value: "split" },
        { type: "int", annotations: ["pct"], value: 10 },
        { type: "symbol", annotations: ["by"], value: "$userId" },
        { type: "string", annotations: ["seed"], value: "abc" },
      ],
    });
  });
});

describe("parseRule: agrees with ion-js", () => {
  it.each([...DOCUMENTED_RULES, ...MORE_VALID])("%s", (text) => {
    expect([nodeShape(parsed(text))]).toEqual(ionJsShapes(text));
  });
});

describe("parseRule: offsets", () => {
  it("points every node and annotation at its own source text", () => {
    const text = '(and (exists key::"beta") (in $plan ["pro", "team"]))';
    expect(slices(text, parsed(text))).toEqual([
      text,
      "and",
      '(exists key::"beta")',
      "exists",
      '"beta"',
      "key::",
      '(in $plan ["pro", "team"])',
      "in",
      "$plan",
      '["pro", "team"]',
      '"pro"',
      '"team"',
    ]);
  });

  it("keeps timestamp and number spellings with their spans", () => {
    const text = "(gt $t 2012-03-04T05:06:07-08:00)";
    const node = parsed(text);
    const stamp = node.kind === "sexp" ? node.items[2] : undefined;
    expect(stamp).toMatchObject({ kind: "timestamp", text: "2012-03-04T05:06:07-08:00", precision: "second", epochMs: Date.parse("2012-03-04T13:06:07Z") });
    expect(stamp && text.slice(stamp.start, stamp.end)).toBe("2012-03-04T05:06:07-08:00");
  });
});

describe("parseRule: errors carry an offset and a clear message", () => {
  it.each([
    ["", 0, 'empty rule: expected an expression such as (eq $plan "pro")'],
    ["   ", 0, 'empty rule: expected an expression such as (eq $plan "pro")'],
    ["(and (eq $x 1)", 0, "missing ) to close the ( at offset 0"],
    ["(eq $x 1))", 9, 'unexpected ")": more closing than opening parentheses'],
    ["(eq $x 1) (eq $y 2)", 10, "unexpected text after the rule: a rule is a single expression"],
    ['(eq $x "abc)', 7, "unterminated string"],
    ["(eq $x ]", 7, 'unexpected "]" inside ( … )'],
    ["(eq $x 12abc)", 7, "12abc is not a valid number or timestamp (e.g. 42, -7, 3.14, 1.234e-5, 2024-01-31)"],
    ["(eq $x 01)", 7, "01: leading zeros are not allowed in Ion numbers"],
    ["(eq $x 0x1F)", 7, "0x1F: hexadecimal and binary integers are not supported in rules; write a decimal integer"],
    ["(eq $x 1_000)", 7, "1_000: digit separators (_) are not supported in rules"],
    ["(eq $x 2012-13-04T)", 7, "timestamp month 13 must be 01..12"],
    ["(eq $x 2023-02-29)", 7, "timestamp day 29 does not exist in 2023-02"],
    ["(eq $x 2012-03-04T05:06:07)", 7, "timestamp 2012-03-04T05:06:07 needs an offset (Z or ±hh:mm)"],
    ["(eq $x 2012-03-04T24:00Z)", 7, "timestamp hour 24 must be 00..23"],
    ["(eq $x 2012-03-04T05:06+24:00)", 7, "timestamp offset +24:00 must be within ±23:59"],
    ["(in $x [1 2])", 10, 'expected "," or "]" between list items'],
    ["(in $x [1, , 2])", 11, 'unexpected character ","'],
    ["(eq $user-id 1)", 9, 'unexpected character "-" after $user (to use a context key containing "-", quote it: \'$user-…\')'],
    ["(eq $x>=1)", 6, 'unexpected character ">" after $x'],
    ["(exists key::)", 8, "annotation key:: must be followed by a value"],
    ["(exists key::", 8, "annotation key:: must be followed by a value"],
    ["(eq $x {a: 1})", 7, "structs, blobs and clobs ({ … }) are not supported in rules"],
    ["(eq $x null)", 7, "null is not supported in rules"],
    ["(eq $x nan)", 7, "nan is not supported in rules"],
    ["(eq $x -inf)", 7, "special floats (+inf, -inf, nan) are not supported in rules"],
    ["(eq $x '''long''')", 7, "long strings ('''…''') are not supported in rules; use \"…\""],
    ['(eq $x "a\nb")', 9, "control character U+000A inside quotes: write it as an escape"],
    ['(eq $x "\\q")', 8, "unknown escape \\q"],
    ['(eq $x "\\u12")', 8, "\\u needs 4 hex digits"],
    ['(eq $x "\\uD800")', 7, "text contains a lone UTF-16 surrogate, which Ion cannot represent"],
    ["(eq $1 2)", 4, "$1 is an Ion symbol ID, not a context reference; context keys cannot be all digits"],
    ["(eq $x 1) /* open", 10, "unterminated /* comment"],
    ["true::(eq $x 1)", 0, "true cannot be an annotation; quote it as 'true'"],
    ["(eq $x 1e999)", 7, "1e999 is too large for a 64-bit float"],
  ])("%j → offset %i", (text, offset, message) => {
    expect(errorOf(text)).toMatchObject({ offset, message });
  });

  it("refuses nesting deeper than the limit instead of overflowing the stack", () => {
    const deep = "(not ".repeat(100) + "(exists key::\"a\")" + ")".repeat(100);
    expect(errorOf(deep).message).toBe("rule is nested deeper than 64 levels");
  });

  it("rejects what ion-js also rejects, for the Ion-invalid cases", () => {
    for (const text of ["(and (eq $x 1)", "(eq $x 1))", "(eq $x 01)", "(gt $t 2024-01)", "(in $x [1 2])", '(eq $x "abc)']) {
      expect(() => ionJsShapes(text)).toThrow();
    }
  });
});
