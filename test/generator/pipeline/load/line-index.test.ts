import { describe, expect, it } from "vitest";
import { createLineIndex } from "../../../../generator/pipeline/load/line-index.js";

describe("createLineIndex", () => {
  const text = "ab\ncd\r\nef\rg";
  const index = createLineIndex(text);

  it.each([
    [0, 1, 1], [2, 1, 3], [3, 2, 1], [5, 2, 3], [7, 3, 1], [9, 3, 3], [10, 4, 1], [11, 4, 2],
  ])("offset %i is %i:%i", (offset, line, column) => {
    expect(index.positionAt(offset)).toEqual({ line, column });
  });

  it("clamps offsets outside the text", () => {
    expect(index.positionAt(-5)).toEqual({ line: 1, column: 1 });
    expect(index.positionAt(99)).toEqual({ line: 4, column: 2 });
  });

  it("handles an empty text", () => {
    expect(createLineIndex("").positionAt(0)).toEqual({ line: 1, column: 1 });
  });
});
