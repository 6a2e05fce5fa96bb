import { describe, expect, it } from "vitest";
import { timeInterleaved } from "./harness.js";

/** A fake contender whose "elapsed time" is proportional to the ops it is asked for. */
function fake(name: string, msPerOp: number, log: string[]) {
  return {
    name,
    timeOps: (ops: number) => {
      log.push(name);
      return ops * msPerOp;
    },
  };
}

describe("timeInterleaved", () => {
  it("reports one rate per round, derived from ops and elapsed time", async () => {
    const log: string[] = [];
    const [fast, slow] = await timeInterleaved([fake("fast", 0.001, log), fake("slow", 0.01, log)], {
      rounds: 4,
      sliceMs: 10,
    });
    expect(fast?.opsPerSecond).toHaveLength(4);
    for (const rate of fast?.opsPerSecond ?? []) expect(rate).toBeCloseTo(1_000_000, -3);
    for (const rate of slow?.opsPerSecond ?? []) expect(rate).toBeCloseTo(100_000, -2);
  });

  it("interleaves contenders and rotates who goes first", async () => {
    const log: string[] = [];
    await timeInterleaved([fake("a", 1, log), fake("b", 1, log), fake("c", 1, log)], { rounds: 3, sliceMs: 4 });
    const rounds = log.slice(-9);
    expect(rounds).toEqual(["a", "b", "c", "b", "c", "a", "c", "a", "b"]);
  });

  it("awaits async contenders", async () => {
    const contender = { name: "async", timeOps: async (ops: number) => ops * 0.5 };
    const [timed] = await timeInterleaved([contender], { rounds: 2, sliceMs: 5 });
    expect(timed?.opsPerSecond).toEqual([2000, 2000]);
  });
});
