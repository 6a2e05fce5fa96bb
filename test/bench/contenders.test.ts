import { afterAll, describe, expect, it } from "vitest";
import { OpenFeature } from "@openfeature/server-sdk";
import { assertSameAnswers } from "./agreement.js";
import { buildAsyncContenders } from "./async-contenders.js";
import { buildSyncContenders } from "./contenders.js";
import { SCENARIOS } from "./scenarios/index.js";
import { oneRuleScenario } from "./scenarios/s2-one-rule.js";

const answersOf = (run: (i: number) => unknown, count: number) => Array.from({ length: count }, (_, i) => run(i));

describe("scenario translations", () => {
  it.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    "%s: every engine gives flagtype's answers on every context",
    (_, scenario) => {
      const contenders = buildSyncContenders(scenario);
      const sets = contenders.map(({ name, run }) => ({ name, answers: answersOf(run, scenario.contexts.length) }));
      expect(() => assertSameAnswers(scenario.id, sets)).not.toThrow();
    },
  );

  it("contexts exercise more than one answer where the scenario has rules", () => {
    const distinct = (id: string) => {
      const scenario = SCENARIOS.find((candidate) => candidate.id === id);
      if (!scenario) throw new Error(id);
      return new Set(scenario.contexts.map((context) => JSON.stringify(scenario.handWritten(context)))).size;
    };
    expect(distinct("S2")).toBe(2);
    expect(distinct("S4")).toBe(2);
  });

  it("S3 reaches its third rule and S4 holds 200 flags", () => {
    const [, , s3, s4] = SCENARIOS;
    expect(s3?.contexts.map((context) => s3.handWritten(context))).toEqual(["express", "express"]);
    expect(Object.keys(s4?.powertools ?? {})).toHaveLength(200);
    expect(Object.keys(s4?.flagd ?? {})).toEqual(Object.keys(s4?.powertools ?? {}));
  });
});

describe("async contenders", () => {
  afterAll(() => OpenFeature.close());

  it("FeatureFlags.evaluate and OpenFeature agree on S2", async () => {
    const contenders = await buildAsyncContenders(oneRuleScenario);
    const sets = await Promise.all(
      contenders.map(async ({ name, run }) => ({ name, answers: await Promise.all([0, 1].map(run)) })),
    );
    expect(sets.map((set) => set.answers)).toEqual([
      [true, false],
      [true, false],
    ]);
  });
});
