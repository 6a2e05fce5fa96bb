import { describe, expect, test } from "vitest";
import { CodeWriter } from "../../../../generator/pipeline/emit/code-writer.js";

describe("CodeWriter", () => {
  test("indents what starts a line, not what continues it", () => {
    const writer = new CodeWriter();
    writer.write("const a = ").write("{").newLine();
    writer.indented(() => writer.write("b: ").write("1").line(","));
    writer.line("};");
    expect(writer.toString()).toBe("const a = {\n  b: 1,\n};\n");
  });

  test("nests levels and restores the outer one, also when the body throws", () => {
    const writer = new CodeWriter();
    writer.indented(() => {
      writer.line("one");
      writer.indented(() => writer.line("two"));
      writer.line("one again");
    });
    expect(() => writer.indented(() => {
      throw new Error("stop");
    })).toThrow("stop");
    writer.line("zero");
    expect(writer.toString()).toBe("  one\n    two\n  one again\nzero\n");
  });

  test("blankLine ends the line and leaves exactly one empty line, and does nothing at the start", () => {
    const writer = new CodeWriter();
    writer.blankLine();
    writer.write("a").blankLine().blankLine();
    writer.line("b").blankLine();
    writer.line("c").newLine().blankLine();
    expect(writer.toString()).toBe("a\n\nb\n\nc\n\n");
  });

  test("writeLines indents every line of a block and keeps empty lines empty", () => {
    const writer = new CodeWriter();
    writer.indented(() => writer.writeLines("interface A {\n  a: string;\n}\n\ntype B = A;"));
    expect(writer.toString()).toBe("  interface A {\n    a: string;\n  }\n\n  type B = A;\n");
  });

  test("writes text as given: quotes, backslashes and comment markers change nothing", () => {
    const writer = new CodeWriter();
    writer.line("{");
    writer.indented(() => {
      writer.line('"\\\\": "`",');
      writer.line('"/*": "",');
      writer.line("`${x}`: 1,");
    });
    writer.line("}");
    expect(writer.toString()).toBe('{\n  "\\\\": "`",\n  "/*": "",\n  `${x}`: 1,\n}\n');
  });

  test("a text of many thousand pieces comes out whole and in order, blank lines included", () => {
    const writer = new CodeWriter();
    const expected: string[] = [];
    for (let index = 0; index < 5000; index++) {
      writer.blankLine();
      writer.indented(() => writer.write(`a${index}`).write(": ").line(`${index},`));
      expected.push(`  a${index}: ${index},\n`);
    }
    expect(writer.toString()).toBe(expected.join("\n"));
    expect(writer.toString()).toBe(expected.join("\n"));
  });
});
