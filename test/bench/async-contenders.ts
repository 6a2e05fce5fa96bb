import { OpenFeature } from "@openfeature/server-sdk";
import { FeatureFlags, InMemoryStore } from "../../runtime/index.js";
import { at, createFlagdCore } from "./contenders.js";
import { FlagdInProcessProvider } from "./flagd-in-process-provider.js";
import type { Scenario } from "./scenario.js";

/** One async engine: `run(i)` resolves one flag for the i-th context. */
export interface AsyncContender {
  readonly name: string;
  readonly run: (contextIndex: number) => Promise<unknown>;
}

export const FEATURE_FLAGS = "flagtype FeatureFlags.evaluate";
export const OPENFEATURE = "OpenFeature server SDK + flagd-core";

/** The async public entry points, each over an in-memory source so only evaluation overhead is timed. */
export const ASYNC_ENGINES: readonly {
  readonly name: string;
  readonly build: (scenario: Scenario) => Promise<AsyncContender>;
}[] = [
  { name: FEATURE_FLAGS, build: featureFlagsContender },
  { name: OPENFEATURE, build: openFeatureContender },
];

function evaluateOperation(scenario: Scenario) {
  const { operation } = scenario;
  if (operation.kind !== "evaluate") throw new Error(`${scenario.id}: async contenders need an evaluate scenario`);
  return operation;
}

/** flagtype's `FeatureFlags` over an `InMemoryStore`. */
async function featureFlagsContender(scenario: Scenario): Promise<AsyncContender> {
  const { flag, defaultValue } = evaluateOperation(scenario);
  const { contexts } = scenario;
  const flags = new FeatureFlags({ store: new InMemoryStore(scenario.powertools) });
  return { name: FEATURE_FLAGS, run: (i) => flags.evaluate(flag, at(contexts, i), defaultValue) };
}

/** An OpenFeature client whose provider wraps flagd-core in its default (compiled) mode. */
async function openFeatureContender(scenario: Scenario): Promise<AsyncContender> {
  const { flag, defaultValue } = evaluateOperation(scenario);
  const { contexts } = scenario;
  await OpenFeature.setProviderAndWait(new FlagdInProcessProvider(createFlagdCore(scenario, false)));
  const client = OpenFeature.getClient();
  const run =
    typeof defaultValue === "boolean"
      ? (i: number) => client.getBooleanValue(flag, defaultValue, at(contexts, i))
      : (i: number) => client.getStringValue(flag, defaultValue, at(contexts, i));
  return { name: OPENFEATURE, run };
}

/** Every async contender for `scenario`, built in this thread. */
export async function buildAsyncContenders(scenario: Scenario): Promise<AsyncContender[]> {
  const contenders: AsyncContender[] = [];
  for (const engine of ASYNC_ENGINES) contenders.push(await engine.build(scenario));
  return contenders;
}
