import { assertSameAnswers } from "./agreement.js";
import { answerWeight } from "./checksum.js";
import { type TimedContender, type TimingPlan, timeInterleaved } from "./harness.js";
import { RemoteContender } from "./remote-contender.js";
import type { Scenario } from "./scenario.js";

export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly timed: readonly TimedContender[];
}

/**
 * Hosts each engine in its own worker, checks that all of them give the first
 * engine's (flagtype's) answers on every context, then times them in interleaved rounds.
 */
export async function benchEngines(
  entry: URL,
  scenario: Scenario,
  mode: "sync" | "async",
  engines: readonly string[],
  plan: TimingPlan,
): Promise<TimedContender[]> {
  const remotes = engines.map((engine) => RemoteContender.start(entry, { scenarioId: scenario.id, engine, mode }));
  try {
    const answerSets = [];
    for (const remote of remotes) answerSets.push({ name: remote.name, answers: await remote.answers() });
    assertSameAnswers(`${scenario.id} (${mode})`, answerSets);
    const weights = (answerSets[0]?.answers ?? []).map(answerWeight);
    const timeables = remotes.map((remote) => ({
      name: remote.name,
      timeOps: (ops: number) => remote.timeOps(ops, weights),
    }));
    return await timeInterleaved(timeables, plan);
  } finally {
    await Promise.all(remotes.map((remote) => remote.close()));
  }
}
