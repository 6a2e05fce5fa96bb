import { describe, expect, it } from "vitest";
import { compileRule } from "../../../../../../generator/pipeline/load/native/rules/rule-compile.js";
import { isRuleOperator, OPERATORS } from "../../../../../../generator/pipeline/load/native/rules/operators.js";
import { DOCUMENTED_RULES } from "../../../../../support/native/doc-examples.js";

/** Findings as `severity@offset+length: message`, and the offending source text. */
function findingsOf(text: string): string[] {
  return compileRule(text).findings.map(
    (finding) => `${finding.severity}@${finding.offset} ${JSON.stringify(text.slice(finding.offset, finding.offset + finding.length))}: ${finding.message}`,
  );
}

describe("checkRule: documented rules are clean", () => {
  it.each(DOCUMENTED_RULES)("%s", (text) => {
    const result = compileRule(text);
    expect(result.findings).toEqual([]);
    expect(result.expression).toBeDefined();
  });

  it("knows exactly the documented operators", () => {
    expect(Object.keys(OPERATORS).sort()).toEqual(
      ["and", "begins_with", "contains", "ends_with", "eq", "exists", "gt", "gte", "in", "lt", "lte", "matches", "not", "or", "split"],
    );
    expect(isRuleOperator("toString")).toBe(false);
  });
});

describe("checkRule: typed expressions", () => {
  it("turns named arguments into fields, in any order", () => {
    expect(compileRule('(split pct::10 by::$userId seed::"abc")').expression).toEqual({
      op: "split", pct: 10, by: { kind: "ref", name: "userId", start: 19, end: 26 }, seed: "abc", start: 0, end: 39,
    });
    expect(compileRule("(split by::$u pct::25)").expression).toMatchObject({ op: "split", pct: 25, seed: undefined });
  });

  it("keeps literal kinds and the exists key's span", () => {
    expect(compileRule('(and (exists key::"beta") (gt $t 2024-01T))').expression).toMatchObject({
      op: "and",
      operands: [
        { op: "exists", key: { kind: "ref", name: "beta", start: 18, end: 24 } },
        { op: "gt", left: { kind: "ref", name: "t" }, right: { kind: "timestamp", text: "2024-01T", precision: "month" } },
      ],
    });
  });

  it("accepts quoted symbols as context references", () => {
    expect(compileRule("(eq '$user-id' 3.14)").expression).toMatchObject({ left: { name: "user-id" }, right: { kind: "number", value: 3.14, text: "3.14" } });
  });

  it("has no expression once any finding is an error", () => {
    expect(compileRule("(and (eq $a 1) (foo $b))").expression).toBeUndefined();
    expect(compileRule("(and (eq $a 1) (eq $b 2) (eq $c 3))").expression).toBeDefined();
  });
});

describe("checkRule: findings", () => {
  it.each([
    ["true", ['error@0 "true": a rule must be a boolean expression such as (eq $plan "pro"), found a boolean']],
    ["$flag", ['error@0 "$flag": a rule must be a boolean expression such as (eq $plan "pro"), found the context value $flag']],
    ["()", ['error@0 "()": empty expression (): expected an operator such as eq']],
    ["(equals $a 1)", ['error@1 "equals": unknown operator equals; known: and, or, not, eq, gt, gte, lt, lte, begins_with, ends_with, contains, in, matches, exists, split']],
    ['(begin_with $a "x")', ['error@1 "begin_with": unknown operator begin_with (did you mean begins_with?); known: and, or, not, eq, gt, gte, lt, lte, begins_with, ends_with, contains, in, matches, exists, split']],
    ["($a 1)", ['error@1 "$a": an expression starts with an operator (and, or, not, eq, gt, gte, lt, lte, begins_with, ends_with, contains, in, matches, exists, split), found the context value $a']],
    ["(and (eq $a 1))", ['error@0 "(and (eq $a 1))": and takes at least two operands, found 1']],
    ["(or (eq $a 1) true)", ['error@14 "true": an operand of or must be a boolean expression such as (eq $plan "pro"), found a boolean']],
    ["(and (eq $a 1) (eq $b 2) (eq $c 3))", ['warning@0 "(and (eq $a 1) (eq $b 2) (eq $c 3))": and with 3 operands is undocumented (AWS shows two); evaluated locally as all of them']],
    ["(not (eq $a 1) (eq $b 2))", ['error@0 "(not (eq $a 1) (eq $b 2))": not takes one operand, found 2']],
    ["(not $a)", ['error@5 "$a": the operand of not must be a boolean expression such as (eq $plan "pro"), found the context value $a']],
    ["(eq $a)", ['error@0 "(eq $a)": eq takes two operands, as in (eq $age 65); found 1']],
    ["(eq $a plan)", ['error@7 "plan": unquoted symbol plan: write "plan" for a string or $plan for a context value']],
    ["(eq $a [1, 2])", ['error@7 "[1, 2]": eq takes a single value here, not a list; to test membership use (in $key [ … ])']],
    ["(eq $a (eq $b 1))", ['error@7 "(eq $b 1)": eq takes a context value ($name) or a constant here, not an expression']],
    ["(eq $ 1)", ['error@4 "$": empty context key: write $name']],
    ["(gt $a true)", ['error@7 "true": gt orders numbers and timestamps, not booleans']],
    ['(lt $a "m")', ['warning@7 "\\"m\\"": lt on a string is undocumented; evaluated locally by UTF-16 code-unit order']],
    ["(eq 1 2)", ['warning@0 "(eq 1 2)": eq compares two constants: it never reads the context']],
    ["(eq $a $b)", ['warning@0 "(eq $a $b)": eq compares two context values; AWS documents comparing a context value with a given value']],
    ["(eq $a 9007199254740993)", ['warning@7 "9007199254740993": 9007199254740993 is beyond ±2^53: JavaScript compares it inexactly']],
    ["(eq x::$a 1)", ['error@4 "x": unexpected x:: in eq: only matches, exists and split take named arguments']],
    ["(begins_with $a 65)", ['error@16 "65": begins_with takes strings, not a number (write "65")']],
    ["(contains $a true)", ['error@13 "true": contains takes strings, not a boolean']],
    ['(in $a "abc")', ['error@7 "\\"abc\\"": in needs a list of constants such as ["a", "b"], found a string']],
    ["(in $a [$b])", ['error@8 "$b": expected a constant (string, number, timestamp or boolean), found the context value $b']],
    ["(in $a [])", ['warning@7 "[]": in with an empty list is never true']],
    ["(in $a)", ['error@0 "(in $a)": in takes two operands, as in (in $userId ["123", "456"]); found 1']],
    ['(matches $a "x")', [
      'error@9 "$a": matches takes named arguments (in::, pattern::); the context value $a has no name',
      'error@12 "\\"x\\"": matches takes named arguments (in::, pattern::); a string has no name',
      'error@1 "matches": matches needs in::',
      'error@1 "matches": matches needs pattern::',
    ]],
    ['(matches in::$a pattern::"(")', ['error@25 "\\"(\\"": pattern:: is not a valid regular expression: Invalid regular expression: /(/: Unterminated group']],
    ["(matches in::$a pattern::5)", ['error@25 "5": pattern:: must be a string, found a number']],
    ['(matches in::5 pattern::"x")', ['error@13 "5": matches in:: takes a string, not a number']],
    ['(matches in::$a pattern::"x" flags::"i")', ['error@29 "flags": unknown argument flags:: for matches; expected in::, pattern::']],
    ["(exists $country)", ['error@8 "$country": exists takes the key name as a string: write (exists key::"country")']],
    ["(exists key::$country)", ['error@13 "$country": exists key:: must be a string such as "country", found the context value $country']],
    ['(exists key::"$country")', ['warning@13 "\\"$country\\"": exists key:: takes the key name without $ (write "country")']],
    ['(exists key::"")', ['error@13 "\\"\\"": exists key:: must name a key']],
    ["(exists)", ['error@1 "exists": exists needs key::']],
    ["(split pct::10)", ['error@1 "split": split needs by::']],
    ["(split pct::101 by::$u)", ['error@12 "101": split pct:: must be from 0 to 100, found 101']],
    ["(split pct::-1 by::$u)", ['error@12 "-1": split pct:: must be from 0 to 100, found -1']],
    ['(split pct::"10" by::$u)', ['error@12 "\\"10\\"": split pct:: must be a number from 0 to 100, found a string']],
    ["(split pct::12.5 by::$u)", ['warning@12 "12.5": fractional pct:: 12.5 is undocumented (AWS shows whole percentages)']],
    ['(split pct::10 by::"u")', ['error@19 "\\"u\\"": expected a context value such as $userId, found a string']],
    ["(split pct::10 by::$u seed::5)", ['error@28 "5": split seed:: must be a string, found a number']],
    ["(split pct::10 by::$u pct::20)", ['error@22 "pct::20": pct:: is given more than once']],
    ["(split a::b::10 by::$u pct::1)", ['error@7 "a::b::10": an argument takes one name, found 2']],
    ["x::(eq $a 1)", ['error@0 "x": unexpected x:: in an expression: only matches, exists and split take named arguments']],
  ])("%s", (text, expected) => {
    expect(findingsOf(text)).toEqual(expected);
  });

  it("reports every problem, not just the first", () => {
    expect(findingsOf('(and (gt $a true) (begins_with $b 1) (whatever))')).toEqual([
      'warning@0 "(and (gt $a true) (begins_with $b 1) (whatever))": and with 3 operands is undocumented (AWS shows two); evaluated locally as all of them',
      'error@12 "true": gt orders numbers and timestamps, not booleans',
      'error@34 "1": begins_with takes strings, not a number (write "1")',
      'error@38 "whatever": unknown operator whatever; known: and, or, not, eq, gt, gte, lt, lte, begins_with, ends_with, contains, in, matches, exists, split',
    ]);
  });

  it("passes syntax errors through as one error finding", () => {
    expect(findingsOf("(gt $t 2024-01)")).toEqual(['error@7 "2024-01": timestamp 2024-01 needs a trailing T in Ion (write 2024-01T)']);
  });
});
