import { describe, expect, it } from "vitest";
import { median, summarize } from "./stats.js";

describe("median", () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1], 10],
  ])("median(%j) = %d", (samples, expected) => {
    expect(median(samples)).toBe(expected);
  });

  it("does not reorder its input", () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it("refuses an empty sample", () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe("summarize", () => {
  it("reports median, min and max", () => {
    expect(summarize([7, 3, 9, 4])).toEqual({ median: 5.5, min: 3, max: 9 });
  });
});
