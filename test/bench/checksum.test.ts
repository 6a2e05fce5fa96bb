import { describe, expect, it } from "vitest";
import { answerWeight, expectedChecksum } from "./checksum.js";

describe("answerWeight", () => {
  it("tells answers of every shape apart", () => {
    const weights = [true, false, "", "express", [], ["a", "b"]].map(answerWeight);
    expect(new Set(weights).size).toBe(weights.length);
  });

  it.each([undefined, null, 1, { value: true }])("weighs %j as NaN so a checksum can never match", (answer) => {
    expect(answerWeight(answer)).toBeNaN();
  });
});

describe("expectedChecksum", () => {
  it("matches summing the weights while cycling through the contexts", () => {
    const weights = [1, 2, 10];
    for (const ops of [0, 1, 2, 3, 7, 100]) {
      let sum = 0;
      for (let op = 0; op < ops; op++) sum += weights[op % weights.length] ?? 0;
      expect(expectedChecksum(weights, ops)).toBe(sum);
    }
  });
});
