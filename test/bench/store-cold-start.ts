import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { startAppConfigAgentServer, startAppConfigDataServer } from "../../generator/commands/serve/servers/index.js";
import { buildBundle, RUNTIME_EXTERNALS, type BundleTarget } from "./bundles.js";
import { timeColdStart, timeColdStarts, type ColdStartProbe, type ColdStartSample } from "./cold-start.js";
import { selfTimeByCategory, type CpuProfile } from "./cpu-profile.js";
import { NODE_BASELINE } from "./footprint.js";

export const AGENT_HANDLER = "tier handler: generated module + AppConfigAgentStore (loopback agent)";
export const DATA_API_HANDLER = "tier handler: generated module + AppConfigStore (loopback data API, SDK)";
export const POWERTOOLS = "Powertools AppConfigProvider (loopback data API, SDK) + compileDocument";

/** The live document the probes read: on for every tier, where the build-time document says premium only. */
const LIVE_DOCUMENT = { premium_features: { default: true }, tier_feature: { default: true } };
const TARGET = { application: "bench", environment: "bench", profile: "features" } as const;

/** One cold-start probe's samples, in the order of the rounds (every probe runs once per round). */
export interface StoreColdStartRow {
  readonly name: string;
  readonly samples: readonly ColdStartSample[];
  /** Main-thread self time per category (see cpu-profile.ts), one map per profiled run, when profiled. */
  readonly profiles?: readonly ReadonlyMap<string, number>[];
}

/**
 * The SDK is external, as in Lambda, where the runtime provides it; everything else is bundled. The
 * generated module imports `@flagtype/runtime`, which examples/ resolves to the build: the probes use
 * the sources, so that they measure the working tree without a build.
 */
const HANDLER_BUNDLE: BundleTarget = {
  name: "tier handler",
  entry: "test/bench/cold-start/tier-handler-entry.ts",
  external: RUNTIME_EXTERNALS,
  expectedOutput: "true",
  alias: { "@flagtype/runtime": "./runtime/index.ts" },
};
const POWERTOOLS_BUNDLE: BundleTarget = { name: "powertools appconfig", entry: "test/bench/cold-start/powertools-appconfig-entry.ts", external: ["@aws-sdk/*"], expectedOutput: "true" };

/**
 * Cold starts that fetch their first document: the tier example's handler (its generated module reading
 * through the agent store, then through the data API store) and Powertools' AppConfigProvider, each
 * against a loopback server of `flagtype serve`, interleaved with `node -e 0` for `runs` rounds.
 * @example const rows = await measureStoreColdStarts(findRepoRoot(), 30);
 */
export async function measureStoreColdStarts(root: string, runs: number, profileRuns = 0): Promise<StoreColdStartRow[]> {
  if (!existsSync(join(root, "examples/generated/features.ts"))) {
    throw new Error("the store cold-start probes need examples/generated/features.ts: run npm run build first");
  }
  const outDir = join(root, ".bench", "bundles");
  const handler = await buildBundle(root, outDir, HANDLER_BUNDLE);
  const powertools = await buildBundle(root, outDir, POWERTOOLS_BUNDLE);
  const agent = await startAppConfigAgentServer();
  const dataApi = await startAppConfigDataServer();
  try {
    agent.deploy(TARGET.application, TARGET.environment, TARGET.profile, LIVE_DOCUMENT);
    dataApi.deploy(TARGET.application, TARGET.environment, TARGET.profile, LIVE_DOCUMENT);
    const probes = storeProbes(handler.file, powertools.file, agent.port, dataApi.url);
    const samples = await timeColdStarts(probes, runs);
    const rows: StoreColdStartRow[] = [];
    for (const [index, probe] of probes.entries()) {
      const profiles = profileRuns > 0 ? await profileProbe(probe, profileRuns, join(root, ".bench", "profiles", String(index))) : undefined;
      rows.push({ name: probe.name, samples: samples[index] ?? [], ...(profiles ? { profiles } : {}) });
    }
    return rows;
  } finally {
    await agent.close();
    await dataApi.close();
  }
}

/** The probes, with the environment a Lambda function would set for each. */
export function storeProbes(handlerFile: string, powertoolsFile: string, agentPort: number, dataApiUrl: string): ColdStartProbe[] {
  const flagtype = { FLAGTYPE_APPCONFIG_APPLICATION: TARGET.application, FLAGTYPE_APPCONFIG_ENVIRONMENT: TARGET.environment };
  const sdk = { AWS_ENDPOINT_URL_APPCONFIGDATA: dataApiUrl, AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "bench", AWS_SECRET_ACCESS_KEY: "bench" };
  return [
    { name: NODE_BASELINE, args: ["-e", "0"] },
    { name: AGENT_HANDLER, args: [handlerFile], expectedOutput: "true", env: { ...flagtype, FLAGTYPE_STORE: "agent", AWS_APPCONFIG_EXTENSION_HTTP_PORT: String(agentPort) } },
    { name: DATA_API_HANDLER, args: [handlerFile], expectedOutput: "true", env: { ...flagtype, ...sdk, FLAGTYPE_STORE: "appconfig" } },
    { name: POWERTOOLS, args: [powertoolsFile], expectedOutput: "true", env: { ...flagtype, ...sdk } },
  ];
}

/** Runs `probe` under `node --cpu-prof` `runs` times and sums each profile's self time per category. */
async function profileProbe(probe: ColdStartProbe, runs: number, dir: string): Promise<Map<string, number>[]> {
  const profiles: Map<string, number>[] = [];
  for (let run = 0; run < runs; run += 1) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await timeColdStart({ ...probe, args: ["--cpu-prof", `--cpu-prof-dir=${dir}`, ...probe.args] });
    const [file] = readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"));
    if (file === undefined) throw new Error(`${probe.name}: node --cpu-prof wrote no profile`);
    profiles.push(new Map(selfTimeByCategory(JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile)));
  }
  return profiles;
}
