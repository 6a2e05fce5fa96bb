import { writeFileSync } from "node:fs";
import { ASYNC_ENGINES } from "./async-contenders.js";
import { SYNC_ENGINES } from "./contenders.js";
import { benchEngines, type ScenarioResult } from "./engine-bench.js";
import { type FootprintRow, measureFootprint, RUNTIME_BUNDLE } from "./footprint.js";
import { type GeneratorRow, measureGenerator } from "./generator/generator-bench.js";
import type { TimedContender, TimingPlan } from "./harness.js";
import type { BenchOptions } from "./options.js";
import { findRepoRoot } from "./paths.js";
import { measureStoreColdStarts, type StoreColdStartRow } from "./store-cold-start.js";
import {
  asyncTable,
  compositionTable,
  folderTable,
  footprintTable,
  storeColdStartTable,
  coldStartProfileTable,
  generatorTable,
  summaryTable,
  syncTable,
  targetsTable,
  versionsTable,
} from "./report.js";
import { SCENARIOS } from "./scenarios/index.js";
import { oneRuleScenario } from "./scenarios/s2-one-rule.js";
import { checkStoreColdStart, checkTargets } from "./targets.js";
import { collectVersions } from "./versions.js";

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
const namesOf = (engines: readonly { readonly name: string }[]) => engines.map((engine) => engine.name);

async function benchScenarios(workerEntry: URL, options: BenchOptions, plan: TimingPlan): Promise<ScenarioResult[]> {
  const wanted = (id: string) => options.scenarioIds.size === 0 || options.scenarioIds.has(id);
  const results: ScenarioResult[] = [];
  for (const scenario of SCENARIOS.filter((candidate) => wanted(candidate.id))) {
    progress(`${scenario.id} ${scenario.title}`);
    results.push({ scenario, timed: await benchEngines(workerEntry, scenario, "sync", namesOf(SYNC_ENGINES), plan) });
  }
  return results;
}

function footprintSections(footprint: readonly FootprintRow[]): string[] {
  const sections = ["## Bundle size and cold start (esbuild, minified, platform node, ESM)", footprintTable(footprint)];
  const runtime = footprint.find((row) => row.name === RUNTIME_BUNDLE)?.bundle;
  if (runtime) {
    sections.push(`### What "${RUNTIME_BUNDLE}" is made of`, folderTable(runtime), compositionTable(runtime));
  }
  return sections;
}

/**
 * The whole bench: synchronous scenarios, async entry points, bundle size and cold
 * start, the generator CLI; prints the markdown report and returns whether every measured target was met.
 * `workerEntry` is the module workers start from (it must call `serveContender` off the main thread).
 * @example await runBench(new URL(import.meta.url), parseBenchOptions([]))
 */
export async function runBench(workerEntry: URL, options: BenchOptions): Promise<boolean> {
  const root = findRepoRoot();
  const plan = { rounds: options.rounds, sliceMs: options.sliceMs };
  const sections: string[] = ["## Versions", versionsTable(collectVersions(root))];
  let scenarioResults: ScenarioResult[] = [];
  let asyncTimed: TimedContender[] | undefined;
  let footprint: FootprintRow[] | undefined;
  let storeColdStarts: StoreColdStartRow[] | undefined;
  let generator: GeneratorRow[] | undefined;
  if (options.sections.has("sync")) {
    scenarioResults = await benchScenarios(workerEntry, options, plan);
    sections.push(`## Synchronous evaluation (${plan.rounds} interleaved rounds, ~${plan.sliceMs} ms per engine per round)`);
    sections.push(summaryTable(scenarioResults), "Per engine, with the spread between the slowest and fastest round:");
    sections.push(syncTable(scenarioResults));
  }
  if (options.sections.has("async")) {
    progress("async: FeatureFlags.evaluate vs OpenFeature");
    asyncTimed = await benchEngines(workerEntry, oneRuleScenario, "async", namesOf(ASYNC_ENGINES), plan);
    sections.push("## Async evaluation", asyncTable(asyncTimed));
  }
  if (options.sections.has("footprint")) {
    progress(`bundles, then ${options.coldRuns} cold starts per probe`);
    footprint = await measureFootprint(root, options.coldRuns);
    sections.push(...footprintSections(footprint));
  }
  if (options.sections.has("stores")) {
    progress(`stores: ${options.coldRuns} interleaved cold starts per probe against loopback servers`);
    storeColdStarts = await measureStoreColdStarts(root, options.coldRuns, options.coldProfiles);
    sections.push(`## Cold start through the stores (${options.coldRuns} interleaved runs, medians)`, storeColdStartTable(storeColdStarts));
    if (options.coldProfiles > 0) {
      sections.push(`### Where the time goes (node --cpu-prof, ${options.coldProfiles} runs per probe)`, coldStartProfileTable(storeColdStarts));
    }
  }
  if (options.sections.has("generator")) {
    progress(`generator: ${options.cliRuns} cold CLI runs per probe`);
    generator = await measureGenerator(root, options.cliRuns);
    sections.push(`## Generator (built CLI, a fresh node per run, ${options.cliRuns} interleaved rounds)`, generatorTable(generator));
  }
  const checks = [...checkTargets(scenarioResults, asyncTimed, footprint, generator), ...checkStoreColdStart(storeColdStarts)];
  const report = `${[...sections, "## Targets", targetsTable(checks)].join("\n\n")}\n`;
  process.stdout.write(report);
  if (options.markdownFile) writeFileSync(options.markdownFile, report);
  return checks.every((check) => check.met);
}
