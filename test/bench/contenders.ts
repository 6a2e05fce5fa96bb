import { GrowthBookClient } from "@growthbook/growthbook";
import { FlagdCore } from "@openfeature/flagd-core";
import { compileDocument } from "../../runtime/index.js";
import type { BenchContext, Scenario } from "./scenario.js";

/** One engine ready to answer a scenario: `run(i)` performs one operation on the i-th context. */
export interface SyncContender {
  readonly name: string;
  readonly run: (contextIndex: number) => unknown;
}

export const FLAGTYPE = "flagtype compileDocument";
export const FLAGD_DEFAULT = "flagd-core (default)";
export const FLAGD_INTERPRETER = "flagd-core (disableDynamicCodeGeneration)";
export const GROWTHBOOK = "GrowthBook";
export const HAND_WRITTEN = "hand-written JS";

/** Reads an item the harness guarantees to exist; inlined by V8, equal cost for every engine. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no item at ${index}`);
  return item;
}

function flagtypeContender(scenario: Scenario): SyncContender {
  const compiled = compileDocument(scenario.powertools);
  const { contexts, operation } = scenario;
  const run =
    operation.kind === "enabled"
      ? (i: number) => compiled.getEnabledFeatures(at(contexts, i))
      : (i: number) => compiled.evaluate(operation.flag, at(contexts, i), operation.defaultValue);
  return { name: FLAGTYPE, run };
}

/** flagd-core in-process evaluation; `interpreter` turns off its `new Function` compilation. */
export function createFlagdCore(scenario: Scenario, interpreter: boolean): FlagdCore {
  const core = new FlagdCore(undefined, undefined, { disableDynamicCodeGeneration: interpreter });
  core.setConfigurations(JSON.stringify({ flags: scenario.flagd }));
  return core;
}

function flagdContender(scenario: Scenario, interpreter: boolean): SyncContender {
  const core = createFlagdCore(scenario, interpreter);
  const { contexts, operation } = scenario;
  const name = interpreter ? FLAGD_INTERPRETER : FLAGD_DEFAULT;
  if (operation.kind === "enabled") {
    const run = (i: number) => {
      const enabled: string[] = [];
      for (const details of core.resolveAll(at(contexts, i))) if (details.value === true) enabled.push(details.flagKey);
      return enabled;
    };
    return { name, run };
  }
  const { flag, defaultValue } = operation;
  if (typeof defaultValue === "boolean") {
    return { name, run: (i) => core.resolveBooleanEvaluation(flag, defaultValue, at(contexts, i)).value };
  }
  return { name, run: (i) => core.resolveStringEvaluation(flag, defaultValue, at(contexts, i)).value };
}

function growthbookContender(scenario: Scenario): SyncContender {
  const client = new GrowthBookClient().initSync({ payload: { features: scenario.growthbook } });
  const users = scenario.contexts.map((attributes: BenchContext) => ({ attributes }));
  const { operation } = scenario;
  if (operation.kind === "enabled") {
    const keys = Object.keys(scenario.growthbook);
    const run = (i: number) => {
      const user = at(users, i);
      const enabled: string[] = [];
      for (const key of keys) if (client.isOn(key, user)) enabled.push(key);
      return enabled;
    };
    return { name: GROWTHBOOK, run };
  }
  const { flag, defaultValue } = operation;
  if (typeof defaultValue === "boolean") return { name: GROWTHBOOK, run: (i) => client.isOn(flag, at(users, i)) };
  return { name: GROWTHBOOK, run: (i) => client.getFeatureValue(flag, defaultValue, at(users, i)) };
}

/** Every synchronous engine, flagtype first: its answers are the reference. */
export const SYNC_ENGINES: readonly { readonly name: string; readonly build: (scenario: Scenario) => SyncContender }[] = [
  { name: FLAGTYPE, build: flagtypeContender },
  { name: FLAGD_DEFAULT, build: (scenario) => flagdContender(scenario, false) },
  { name: FLAGD_INTERPRETER, build: (scenario) => flagdContender(scenario, true) },
  { name: GROWTHBOOK, build: growthbookContender },
  { name: HAND_WRITTEN, build: handWrittenContender },
];

function handWrittenContender({ contexts, handWritten }: Scenario): SyncContender {
  return { name: HAND_WRITTEN, run: (i) => handWritten(at(contexts, i)) };
}

/** Every synchronous contender for `scenario`, built in this thread. */
export function buildSyncContenders(scenario: Scenario): SyncContender[] {
  return SYNC_ENGINES.map((engine) => engine.build(scenario));
}
