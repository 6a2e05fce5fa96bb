import { ts } from "ts-morph";
import { describe, expect, test } from "vitest";
import { docText, inlineCommentText, numberLiteral, objectLiteralKey, stringLiteral, typePropertyName, visibleText } from "../../../../generator/pipeline/emit/escape.js";

const HOSTILE = [
  "plain",
  "",
  'double "quotes" and \'single\'',
  "back\\slash \\u0041 \\n",
  "`backtick` ${template}",
  "*/ closes /* opens // line",
  "line\nfeed\r\ncrlf\rcr",
  "separators \u2028 and \u2029",
  "nul \u0000 bell \u0007 del \u007f",
  "emoji 😀 and combining e\u0301",
  "lone \ud800 and \udfff surrogates",
  "bidi \u202e override \u2066 isolate \u2069 \u200f mark \u061c, BOM \ufeff, zero-width \u200b, tag \u{e0041}, C1 \u0085 \u009b",
  "x".repeat(5000),
  "__proto__",
];

/** Parses `text` as TypeScript without evaluating anything. */
function parse(text: string): ts.SourceFile {
  return ts.createSourceFile("probe.ts", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function parseErrors(source: ts.SourceFile): number {
  return (source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length;
}

describe("stringLiteral", () => {
  test.each(HOSTILE)("%j parses back to itself and stays on one line", (text) => {
    const literal = stringLiteral(text);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
    const source = parse(`const value = ${literal};`);
    expect(parseErrors(source)).toBe(0);
    const declaration = (source.statements[0] as ts.VariableStatement).declarationList.declarations[0];
    expect((declaration?.initializer as ts.StringLiteral).text).toBe(text);
  });
});

/**
 * Characters that must never appear raw in generated code: invisible or reordering ones (see
 * escape.ts). Tab and line feed are the only controls allowed, as layout.
 */
const INVISIBLE_RAW = /(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

describe("invisible characters", () => {
  test.each(HOSTILE)("%j appears in no literal, doc or comment raw", (text) => {
    for (const escaped of [stringLiteral(text), docText(text), inlineCommentText(text), typePropertyName(text), objectLiteralKey(text)]) {
      expect(escaped).not.toMatch(INVISIBLE_RAW);
    }
  });

  test("are written as one \\u escape per UTF-16 unit, tab and line feed kept; other text untouched", () => {
    expect(visibleText("a\u202eb\u0000c\ufeff")).toBe("a\\u202eb\\u0000c\\ufeff");
    expect(visibleText("tag \u{e0041}")).toBe("tag \\udb40\\udc41");
    expect(visibleText("tab\tline\nemoji 😀 e\u0301")).toBe("tab\tline\nemoji 😀 e\u0301");
    expect(docText("override \u202e here")).toBe("override \\u202e here");
  });
});

describe("property names", () => {
  test.each([
    ["tier", "tier", "tier"],
    ["key with spaces", '"key with spaces"', '"key with spaces"'],
    ["__proto__", "__proto__", '["__proto__"]'],
    ["constructor", "constructor", "constructor"],
    ["1st", '"1st"', '"1st"'],
    ['a"b', '"a\\"b"', '"a\\"b"'],
    ["line\u2028break", '"line\\u2028break"', '"line\\u2028break"'],
  ])("%j: in types %s, in object literals %s", (key, inType, inLiteral) => {
    expect(typePropertyName(key)).toBe(inType);
    expect(objectLiteralKey(key)).toBe(inLiteral);
  });

  test.each(HOSTILE)("%j as an object literal key creates an own member of that name", (key) => {
    const source = parse(`const value = { ${objectLiteralKey(key)}: 1 };`);
    expect(parseErrors(source)).toBe(0);
    const literal = (source.statements[0] as ts.VariableStatement).declarationList.declarations[0]?.initializer as ts.ObjectLiteralExpression;
    const name = (literal.properties[0] as ts.PropertyAssignment).name;
    const text = ts.isComputedPropertyName(name) ? (name.expression as ts.StringLiteral).text : (name as ts.Identifier | ts.StringLiteral).text;
    expect(text).toBe(key);
    expect(!ts.isComputedPropertyName(name) && text === "__proto__").toBe(false);
  });
});

describe("numberLiteral", () => {
  test.each([0, -0, 1.5, -12.5e-3, 1e308, 5e-324, 2 ** 53, Infinity, -Infinity])("%d keeps its double", (value) => {
    const text = numberLiteral(value);
    const parsed = text.endsWith("Infinity") ? (text.startsWith("-") ? -Infinity : Infinity) : Number(text);
    expect(Object.is(parsed, value)).toBe(true);
  });
});

describe("comments", () => {
  test.each(HOSTILE)("%j cannot end or escape a doc comment", (text) => {
    const body = docText(text);
    expect(body).not.toContain("*/");
    expect(body).not.toMatch(/[\r\u2028\u2029]/);
    const source = parse(`/**\n * ${body.split("\n").join("\n * ")}\n */\nexport const after = 1;\n/* ${inlineCommentText(text)} */\nexport const last = 2;`);
    expect(parseErrors(source)).toBe(0);
    expect(source.statements.map((statement) => statement.kind)).toEqual([ts.SyntaxKind.VariableStatement, ts.SyntaxKind.VariableStatement]);
  });

  test("doc text keeps lines, drops trailing spaces and surrounding blank lines", () => {
    expect(docText("\n\nfirst  \r\nsecond\u2028third\n\n")).toBe("first\nsecond\nthird");
    expect(inlineCommentText("a\nb")).toBe("a b");
  });
});
