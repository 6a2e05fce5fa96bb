import { describe, expect, it } from "vitest";
import { assertSameAnswers } from "./agreement.js";

describe("assertSameAnswers", () => {
  it("accepts engines that give the reference's answers, arrays compared deeply", () => {
    const sets = [
      { name: "flagtype", answers: [true, ["a", "b"]] },
      { name: "peer", answers: [true, ["a", "b"]] },
    ];
    expect(() => assertSameAnswers("S0", sets)).not.toThrow();
  });

  it("names the engine, the context and both answers when one disagrees", () => {
    const sets = [
      { name: "flagtype", answers: [true, false] },
      { name: "peer", answers: [true, "false"] },
    ];
    expect(() => assertSameAnswers("S9", sets)).toThrow(/S9: contenders disagree\n {2}peer on context #1: "false", flagtype says false/);
  });

  it("rejects a missing answer and a different list order", () => {
    expect(() => assertSameAnswers("S1", [{ name: "a", answers: [1, 2] }, { name: "b", answers: [1] }])).toThrow(/b/);
    expect(() => assertSameAnswers("S4", [{ name: "a", answers: [["x", "y"]] }, { name: "b", answers: [["y", "x"]] }])).toThrow();
  });
});
