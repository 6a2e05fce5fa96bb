import { describe, expect, it } from "vitest";
import { parseRule } from "../../../../../../generator/pipeline/load/native/rules/rule-parse.js";
import { ionString, ionSymbol, printRule } from "../../../../../../generator/pipeline/load/native/rules/rule-print.js";
import type { RuleNode } from "../../../../../../generator/pipeline/load/native/rules/rule-syntax.js";
import { nodeShape } from "../../../../../support/native/ion-oracle.js";
import { ionJsShapes } from "../../../../../support/native/ion-oracle.js";

function parsed(text: string): RuleNode {
  const result = parseRule(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.node;
}

describe("printRule", () => {
  it.each([
    ["(eq  $x\n 1) // note", "(eq $x 1)"],
    ["/* a */ (in $x [1,2,])", "(in $x [1, 2])"],
    ["(eq '$user-id' 'true')", "(eq '$user-id' 'true')"],
    ["(eq 'plain' \"a\\u0001b\")", '(eq plain "a\\x01b")'],
    ["(exists key :: \"k\")", '(exists key::"k")'],
    ["(eq $x 1.5d3)", "(eq $x 1.5d3)"],
    ["(eq $t 2024-01-02)", "(eq $t 2024-01-02)"],
  ])("prints %j canonically as %j", (text, printed) => {
    expect(printRule(parsed(text))).toBe(printed);
  });

  it.each([
    '(eq $x "tab\\tquote\\"slash\\\\ é 😀 \\u2028")',
    "(and (exists key::\"beta\") (in $plan [\"pro\", \"team\"]))",
    "(eq 'a\\'b' '$10')",
    "('null' 'nan' '' $x)",
  ])("round-trips %s through our parser and ion-js", (text) => {
    const printed = printRule(parsed(text));
    expect(nodeShape(parsed(printed))).toEqual(nodeShape(parsed(text)));
    expect(ionJsShapes(printed)).toEqual([nodeShape(parsed(text))]);
  });

  it("quotes symbols that are not plain identifiers", () => {
    expect([ionSymbol("$userId"), ionSymbol("$user-id"), ionSymbol("false"), ionSymbol("$7")]).toEqual(["$userId", "'$user-id'", "'false'", "'$7'"]);
    expect(ionString('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
  });
});
