import { describe, expect, it } from "vitest";
import { answerWeight } from "./checksum.js";
import { timeAsyncOps, timeSyncOps } from "./loops.js";

const answers = [true, false, true];
const weights = answers.map(answerWeight);

describe("timeSyncOps", () => {
  it("cycles through the contexts in order and returns the elapsed time", () => {
    const seen: number[] = [];
    const elapsed = timeSyncOps("engine", (i) => (seen.push(i), answers[i]), 7, weights);
    expect(seen).toEqual([0, 1, 2, 0, 1, 2, 0]);
    expect(elapsed).toBeGreaterThanOrEqual(0);
  });

  it("fails when an engine's answer changes during timing", () => {
    let calls = 0;
    const drifting = (i: number) => (++calls > 5 ? !answers[i] : answers[i]);
    expect(() => timeSyncOps("drifting", drifting, 9, weights)).toThrow(/drifting: answers changed/);
  });

  it("fails when an engine returns nothing", () => {
    expect(() => timeSyncOps("empty", () => undefined, 3, weights)).toThrow(/empty/);
  });
});

describe("timeAsyncOps", () => {
  it("awaits every answer and checks them", async () => {
    await expect(timeAsyncOps("ok", async (i) => answers[i], 6, weights)).resolves.toBeGreaterThanOrEqual(0);
    await expect(timeAsyncOps("wrong", async () => "yes", 6, weights)).rejects.toThrow(/wrong/);
  });
});
