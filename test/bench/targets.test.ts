import { describe, expect, it } from "vitest";
import { FEATURE_FLAGS, OPENFEATURE } from "./async-contenders.js";
import { FLAGD_DEFAULT, FLAGTYPE } from "./contenders.js";
import { SEED_HANDLER_BUNDLE } from "./footprint.js";
import { generateRowName } from "./generator/generator-bench.js";
import { oneRuleScenario } from "./scenarios/s2-one-rule.js";
import { threeRulesScenario } from "./scenarios/s3-three-rules.js";
import { checkTargets, speedup, TARGETS } from "./targets.js";

describe("speedup", () => {
  it("is the median of per-round ratios, so a slow round for both cancels out", () => {
    const timed = [
      { name: "a", opsPerSecond: [100, 10, 100] },
      { name: "b", opsPerSecond: [10, 1, 5] },
    ];
    expect(speedup(timed, "a", "b")).toBe(10);
  });

  it("fails loudly for an engine that was not timed", () => {
    expect(() => speedup([], "a", "b")).toThrow(/no results for b/);
  });
});

describe("checkTargets", () => {
  const bundle = (gzippedBytes: number) => ({
    name: SEED_HANDLER_BUNDLE,
    bundle: {
      target: { name: SEED_HANDLER_BUNDLE, entry: "test/bench/cold-start/seed-handler-entry.ts", external: [] },
      file: "x.mjs",
      minifiedBytes: gzippedBytes * 3,
      gzippedBytes,
      composition: [],
    },
  });

  it("checks each scenario, the async ratio and the byte ceiling against the issue's numbers", () => {
    const sync = [{ scenario: oneRuleScenario, timed: [
      { name: FLAGTYPE, opsPerSecond: [200] },
      { name: FLAGD_DEFAULT, opsPerSecond: [10] },
    ] }];
    const asyncTimed = [
      { name: FEATURE_FLAGS, opsPerSecond: [19] },
      { name: OPENFEATURE, opsPerSecond: [1] },
    ];
    const checks = checkTargets(sync, asyncTimed, [bundle(TARGETS.seedHandlerGzipBytes + 1)]);
    expect(checks.map((check) => [check.measured, check.met])).toEqual([
      [20, true],
      [19, false],
      [TARGETS.seedHandlerGzipBytes + 1, false],
    ]);
    expect(checkTargets([], undefined, [bundle(TARGETS.seedHandlerGzipBytes)])[0]?.met).toBe(true);
  });

  it("holds S3 to its own ratio (×2.5), not the ×20 of the others", () => {
    const timed = (ratio: number) => [
      { name: FLAGTYPE, opsPerSecond: [ratio * 10] },
      { name: FLAGD_DEFAULT, opsPerSecond: [10] },
    ];
    const checks = checkTargets([{ scenario: threeRulesScenario, timed: timed(3) }, { scenario: oneRuleScenario, timed: timed(3) }], undefined, undefined);
    expect(checks.map((check) => [check.target, check.met])).toEqual([
      ["S3: flagtype ≥ 2.5× flagd-core default", true],
      ["S2: flagtype ≥ 20× flagd-core default", false],
    ]);
  });

  it("checks the median cold generate run at 1,000 and 10,000 flags against its ceiling", () => {
    const rows = [
      { name: generateRowName(100), ms: [5_000] },
      { name: generateRowName(1_000), ms: [900, 2_000, 950] },
      { name: generateRowName(10_000), ms: [3_000, 3_100, 2_000] },
    ];
    const checks = checkTargets([], undefined, undefined, rows);
    expect(checks).toEqual([
      { target: "flagtype generate, 1,000 flags < 1 s (median, cold CLI)", measured: 950, unit: "duration", met: true },
      { target: "flagtype generate, 10,000 flags < 3 s (median, cold CLI)", measured: 3_000, unit: "duration", met: false },
    ]);
  });

  it("skips targets whose section did not run", () => {
    expect(checkTargets([], undefined, undefined)).toEqual([]);
    expect(checkTargets([], undefined, undefined, [])).toEqual([]);
  });
});
