import { ts } from "ts-morph";
import { describe, expect, test } from "vitest";
import { CodeWriter } from "../../../../generator/pipeline/emit/code-writer.js";
import { withExample, writeDocComment } from "../../../../generator/pipeline/emit/doc-comment.js";
import { docText } from "../../../../generator/pipeline/emit/escape.js";

function comment(body: string): string {
  const writer = new CodeWriter();
  writeDocComment(writer, body);
  return writer.toString();
}

/** The JSDoc TypeScript reads off the comment when it precedes a declaration. */
function parsedDoc(text: string): { comment: string | undefined; tags: string[] } {
  const source = ts.createSourceFile("doc.ts", `${text}type A = 1;\n`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const [statement] = source.statements;
  const [doc] = statement ? ts.getJSDocCommentsAndTags(statement) : [];
  if (!doc || !ts.isJSDoc(doc)) return { comment: undefined, tags: [] };
  return {
    comment: ts.getTextOfJSDocComment(doc.comment),
    tags: (doc.tags ?? []).map((tag) => `@${tag.tagName.text} ${ts.getTextOfJSDocComment(tag.comment) ?? ""}`),
  };
}

describe("writeDocComment", () => {
  test("keeps one line on one line", () => {
    expect(comment("Every flag of this module.")).toBe("/** Every flag of this module. */\n");
  });

  test("prefixes each of several lines with ' * ', empty lines with a bare ' *'", () => {
    expect(comment("First.\n\nSecond.")).toBe("/**\n * First.\n *\n * Second.\n */\n");
  });

  test("writes an @example tag on its own line, the code below it", () => {
    const text = comment(withExample("Does it.", "const a = 1;\nuse(a);"));
    expect(text).toBe("/**\n * Does it.\n * @example\n * const a = 1;\n * use(a);\n */\n");
    expect(parsedDoc(text)).toEqual({ comment: "Does it.", tags: ["@example const a = 1;\nuse(a);"] });
  });

  test("escaped user text stays inside the comment, lines and all", () => {
    const text = comment(docText("closes */ early\r\nnext\u2028last  "));
    expect(text).toBe("/**\n * closes *\\/ early\n * next\n * last\n */\n");
    expect(parsedDoc(text).comment).toBe("closes *\\/ early\nnext\nlast");
  });

  test("escapes the example code", () => {
    expect(withExample("Does it.", "a(); /* x */")).toBe("Does it.\n@example\na(); /* x *\\/");
  });
});
