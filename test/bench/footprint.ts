import { join } from "node:path";
import { type BuiltBundle, type BundleTarget, buildBundle, RUNTIME_EXTERNALS } from "./bundles.js";
import { type ColdStartSample, timeColdStarts } from "./cold-start.js";

export const RUNTIME_BUNDLE = "flagtype runtime (all exports)";
export const SEED_HANDLER_BUNDLE = "seed handler (generated module, two accessors)";
export const NODE_BASELINE = "node -e 0 (baseline)";

/** The runtime as shipped (size only) and three cold-start probes doing the same first evaluation. */
const TARGETS: readonly BundleTarget[] = [
  { name: RUNTIME_BUNDLE, entry: "runtime/index.ts", external: RUNTIME_EXTERNALS },
  { name: SEED_HANDLER_BUNDLE, entry: "test/bench/cold-start/seed-handler-entry.ts", external: RUNTIME_EXTERNALS, expectedOutput: "[true,true]" },
  {
    name: "flagtype compile + evaluate",
    entry: "test/bench/cold-start/flagtype-entry.ts",
    external: RUNTIME_EXTERNALS,
    expectedOutput: "true",
  },
  {
    name: "flagd-core",
    entry: "test/bench/cold-start/flagd-core-entry.ts",
    external: [],
    needsRequire: true,
    expectedOutput: "true",
  },
  {
    name: "OpenFeature + flagd-core",
    entry: "test/bench/cold-start/openfeature-entry.ts",
    external: [],
    needsRequire: true,
    expectedOutput: "true",
  },
];

export interface FootprintRow {
  readonly name: string;
  readonly bundle?: BuiltBundle;
  readonly coldStart?: readonly ColdStartSample[];
}

/** Builds every bundle into `.bench/bundles`, then times `coldRuns` interleaved cold starts of each probe. */
export async function measureFootprint(root: string, coldRuns: number): Promise<FootprintRow[]> {
  const outDir = join(root, ".bench", "bundles");
  const bundles: BuiltBundle[] = [];
  for (const target of TARGETS) bundles.push(await buildBundle(root, outDir, target));
  const runnable = bundles.filter((bundle) => bundle.target.expectedOutput !== undefined);
  const probes = [
    { name: NODE_BASELINE, args: ["-e", "0"] },
    ...runnable.map((bundle) => ({
      name: bundle.target.name,
      args: [bundle.file],
      ...(bundle.target.expectedOutput === undefined ? {} : { expectedOutput: bundle.target.expectedOutput }),
    })),
  ];
  const samples = coldRuns > 0 ? await timeColdStarts(probes, coldRuns) : [];
  const coldStartOf = (name: string) => samples[probes.findIndex((probe) => probe.name === name)];
  return [
    withColdStart({ name: NODE_BASELINE }, coldStartOf(NODE_BASELINE)),
    ...bundles.map((bundle) => withColdStart({ name: bundle.target.name, bundle }, coldStartOf(bundle.target.name))),
  ];
}

function withColdStart(row: FootprintRow, coldStart: readonly ColdStartSample[] | undefined): FootprintRow {
  return coldStart ? { ...row, coldStart } : row;
}
