import { describe, expect, it } from "vitest";
import { markdownTable } from "./markdown.js";

describe("markdownTable", () => {
  it("pads columns and marks right alignment", () => {
    const table = markdownTable(["engine", "ops/s"], [["flagtype", "12 M"], ["x", "3"]], ["left", "right"]);
    expect(table.split("\n")).toEqual([
      "| engine   | ops/s |",
      "| -------- | ----: |",
      "| flagtype |  12 M |",
      "| x        |     3 |",
    ]);
  });

  it("escapes pipes and flattens newlines inside cells", () => {
    const table = markdownTable(["a"], [["x|y\nz"]]);
    expect(table.split("\n")[2]).toBe("| x\\|y z |");
  });

  it("fills missing cells so every row has every column", () => {
    const table = markdownTable(["a", "b"], [["only a"]]);
    expect(table.split("\n")[2]).toBe("| only a |     |");
  });
});
