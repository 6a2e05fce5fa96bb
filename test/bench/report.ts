import { OPENFEATURE } from "./async-contenders.js";
import { FLAGD_DEFAULT } from "./contenders.js";
import type { BuiltBundle } from "./bundles.js";
import { NODE_BASELINE, type FootprintRow } from "./footprint.js";
import type { GeneratorRow } from "./generator/generator-bench.js";
import type { StoreColdStartRow } from "./store-cold-start.js";
import { formatBytes, formatKiB, formatMs, formatRate, formatRatio, formatSeconds, formatSpread, passMark } from "./format.js";
import type { TimedContender } from "./harness.js";
import { markdownTable } from "./markdown.js";
import { median, summarize } from "./stats.js";
import type { ScenarioResult } from "./engine-bench.js";
import { speedup, type TargetCheck } from "./targets.js";

function rateCells(timed: readonly TimedContender[], contender: TimedContender, baseline: string): string[] {
  const { median: middle, min, max } = summarize(contender.opsPerSecond);
  return [formatRate(middle), formatSpread(min, max, middle), formatRatio(speedup(timed, contender.name, baseline))];
}

/** README-sized: one row per scenario, one column per engine, `median ops/s (×ratio vs flagd-core default)`. */
export function summaryTable(results: readonly ScenarioResult[]): string {
  const engines = results[0]?.timed.map((contender) => contender.name) ?? [];
  const rows = results.map(({ scenario, timed }) => [
    `${scenario.id} ${scenario.title}`,
    ...timed.map((contender) => {
      const rate = formatRate(median(contender.opsPerSecond));
      return `${rate} (${formatRatio(speedup(timed, contender.name, FLAGD_DEFAULT))})`;
    }),
  ]);
  return markdownTable(["ops/s (× flagd-core default)", ...engines], rows, ["left", ...engines.map(() => "right" as const)]);
}

/** One row per scenario × engine; ratios are against flagd-core's default mode. */
export function syncTable(results: readonly ScenarioResult[]): string {
  const rows = results.flatMap(({ scenario, timed }) =>
    timed.map((contender) => [
      `${scenario.id} ${scenario.title}`,
      contender.name,
      ...rateCells(timed, contender, FLAGD_DEFAULT),
    ]),
  );
  const headers = ["scenario", "engine", "median ops/s", "spread", "vs flagd-core default"];
  return markdownTable(headers, rows, ["left", "left", "right", "right", "right"]);
}

/** Async entry points, ratio against OpenFeature + flagd-core. */
export function asyncTable(timed: readonly TimedContender[]): string {
  const rows = timed.map((contender) => [contender.name, ...rateCells(timed, contender, OPENFEATURE)]);
  const headers = ["engine (S2, awaited one at a time)", "median ops/s", "spread", "vs OpenFeature"];
  return markdownTable(headers, rows, ["left", "right", "right", "right"]);
}

function medianMs(samples: readonly (number | undefined)[] | undefined): string {
  const known = samples?.filter((sample): sample is number => sample !== undefined) ?? [];
  return known.length > 0 ? formatMs(median(known)) : "—";
}

/** Bundle sizes and median cold-start times. */
export function footprintTable(rows: readonly FootprintRow[]): string {
  const body = rows.map(({ name, bundle, coldStart }) => [
    name,
    bundle ? formatBytes(bundle.minifiedBytes) : "—",
    bundle ? formatBytes(bundle.gzippedBytes) : "—",
    medianMs(coldStart?.map((sample) => sample.toResultMs)),
    medianMs(coldStart?.map((sample) => sample.toExitMs)),
  ]);
  const headers = ["bundle", "minified", "min+gzip -9", "spawn → result (median)", "spawn → exit (median)"];
  return markdownTable(headers, body, ["left", "right", "right", "right", "right"]);
}

/** The median of per-round differences `probe − baseline` (both ran in every round, close in time). */
function medianDifference(values: readonly (number | undefined)[], baseline: readonly number[]): number | undefined {
  const differences = values.flatMap((value, round) => (value === undefined || baseline[round] === undefined ? [] : [value - (baseline[round] ?? 0)]));
  return differences.length > 0 ? median(differences) : undefined;
}

const signedMs = (ms: number | undefined) => (ms === undefined ? "—" : `${ms >= 0 ? "+" : "−"}${formatMs(Math.abs(ms))}`);

/**
 * Cold starts through the stores, medians over interleaved rounds: spawn → first answer and → exit,
 * each also as the median per-round difference to `node -e 0`'s exit; then where the time went, from
 * the probe's own marks (process start → bundle loaded → first answer) and the wait from answer to exit.
 */
export function storeColdStartTable(rows: readonly StoreColdStartRow[]): string {
  const baseline = rows.find((row) => row.name === NODE_BASELINE)?.samples.map((sample) => sample.toExitMs) ?? [];
  const middle = (values: readonly (number | undefined)[]) => {
    const known = values.filter((value): value is number => value !== undefined);
    return known.length > 0 ? median(known) : undefined;
  };
  const ms = (value: number | undefined) => (value === undefined ? "—" : formatMs(value));
  const body = rows.map(({ name, samples }) => {
    const answers = samples.map((sample) => sample.toResultMs);
    const exits = samples.map((sample) => sample.toExitMs);
    const mark = (label: string) => samples.map((sample) => sample.marks?.[label]);
    const loadedToAnswered = samples.map((sample) => (sample.marks?.["answered"] ?? Number.NaN) - (sample.marks?.["loaded"] ?? Number.NaN));
    const answerToExit = samples.map((sample) => (sample.toResultMs === undefined ? undefined : sample.toExitMs - sample.toResultMs));
    return [
      name,
      ms(middle(answers)),
      signedMs(medianDifference(answers, baseline)),
      ms(middle(exits)),
      signedMs(medianDifference(exits, baseline)),
      ms(middle(mark("loaded"))),
      ms(middle(loadedToAnswered.filter((value) => !Number.isNaN(value)))),
      ms(middle(answerToExit)),
    ];
  });
  const headers = ["probe", "spawn → answer", "vs node -e 0", "spawn → exit", "vs node -e 0", "start → loaded", "loaded → answered", "answer → exit"];
  return markdownTable(headers, body, ["left", "right", "right", "right", "right", "right", "right", "right"]);
}

/** Median main-thread self time per category and probe, from `node --cpu-prof` runs: where the time goes. */
export function coldStartProfileTable(rows: readonly StoreColdStartRow[]): string {
  const profiled = rows.filter((row) => row.profiles !== undefined && row.profiles.length > 0);
  const categories = [...new Set(profiled.flatMap((row) => (row.profiles ?? []).flatMap((profile) => [...profile.keys()])))];
  const medianOf = (row: StoreColdStartRow, category: string) => median((row.profiles ?? []).map((profile) => profile.get(category) ?? 0));
  categories.sort((a, b) => Math.max(...profiled.map((row) => medianOf(row, b))) - Math.max(...profiled.map((row) => medianOf(row, a))));
  const body = categories.map((category) => [category, ...profiled.map((row) => formatMs(medianOf(row, category)))]);
  body.push(["total sampled", ...profiled.map((row) => formatMs(median((row.profiles ?? []).map((profile) => [...profile.values()].reduce((sum, ms) => sum + ms, 0)))))]);
  return markdownTable(["main-thread self time (median)", ...profiled.map((row) => row.name)], body, ["left", ...profiled.map(() => "right" as const)]);
}

/** Minified bytes per source folder of a bundle, largest first. */
export function folderTable(bundle: BuiltBundle): string {
  const byFolder = new Map<string, number>();
  for (const { path, bytes } of bundle.composition) {
    const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".";
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytes);
  }
  const rows = [...byFolder]
    .sort((a, b) => b[1] - a[1])
    .map(([folder, bytes]) => [`${folder}/`, bytes.toLocaleString("en-US"), `${((bytes / bundle.minifiedBytes) * 100).toFixed(1)}%`]);
  return markdownTable(["source folder", "minified bytes", "share"], rows, ["left", "right", "right"]);
}

/** The largest source files in a bundle (minified bytes before gzip). */
export function compositionTable(bundle: BuiltBundle, limit = 10): string {
  const rows = bundle.composition
    .slice(0, limit)
    .map(({ path, bytes }) => [path, bytes.toLocaleString("en-US"), `${((bytes / bundle.minifiedBytes) * 100).toFixed(1)}%`]);
  return markdownTable(["source file", "minified bytes", "share"], rows, ["left", "right", "right"]);
}

/** One row per CLI run: the document's size, the module's, and spawn → exit over the cold runs. */
export function generatorTable(rows: readonly GeneratorRow[]): string {
  const body = rows.map((row) => [
    row.name,
    row.inputBytes === undefined ? "—" : formatKiB(row.inputBytes),
    row.outputBytes === undefined ? "—" : formatKiB(row.outputBytes),
    formatSeconds(median(row.ms)),
    formatSeconds(Math.min(...row.ms)),
    formatSeconds(Math.max(...row.ms)),
  ]);
  const headers = ["cold CLI run", "flags file", "module written", "median", "min", "max"];
  return markdownTable(headers, body, ["left", "right", "right", "right", "right", "right"]);
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  const rows = checks.map(({ target, measured, unit, met }) => [
    target,
    unit === "ratio" ? formatRatio(measured) : unit === "ms" ? signedMs(measured) : unit === "duration" ? formatSeconds(measured) : formatBytes(measured),
    passMark(met),
  ]);
  return markdownTable(["target", "measured", "result"], rows, ["left", "right", "left"]);
}

export function versionsTable(versions: readonly (readonly [string, string])[]): string {
  return markdownTable(["component", "version"], versions);
}
