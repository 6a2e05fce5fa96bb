import { parseArgs } from "node:util";

const SECTIONS = ["sync", "async", "footprint", "stores", "generator"] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  readonly rounds: number;
  readonly sliceMs: number;
  readonly coldRuns: number;
  /** With the stores section: also profile each probe this many times with node --cpu-prof (0: none). */
  readonly coldProfiles: number;
  /** Cold runs of each generator CLI probe. */
  readonly cliRuns: number;
  readonly sections: ReadonlySet<Section>;
  /** Scenario ids to run (`S1`…); empty means all. */
  readonly scenarioIds: ReadonlySet<string>;
  /** Also write the markdown report to this file. */
  readonly markdownFile: string | undefined;
  /** Exit with status 1 when a target is missed. */
  readonly check: boolean;
}

export const USAGE = `usage: node .bench/run.mjs [--rounds 20] [--slice-ms 60] [--cold-runs 15] [--cold-profiles 0] [--cli-runs 7]
  [--only sync,async,footprint,stores,generator] [--scenario S1,S3] [--markdown file.md] [--check]
  stores: cold starts that fetch their first document through each store (loopback servers);
  --cold-profiles N also runs each of them N times under node --cpu-prof and says where the time goes
  --check: exit with status 1 when a target is missed`;

/** Reads the bench's command line; throws with USAGE on anything unknown or malformed. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      rounds: { type: "string", default: "20" },
      "slice-ms": { type: "string", default: "60" },
      "cold-runs": { type: "string", default: "15" },
      "cold-profiles": { type: "string", default: "0" },
      "cli-runs": { type: "string", default: "7" },
      only: { type: "string", default: SECTIONS.join(",") },
      scenario: { type: "string", default: "" },
      markdown: { type: "string" },
      check: { type: "boolean", default: false },
    },
    strict: true,
  });
  return {
    rounds: positiveInteger("rounds", values.rounds),
    sliceMs: positiveInteger("slice-ms", values["slice-ms"]),
    coldRuns: positiveInteger("cold-runs", values["cold-runs"]),
    coldProfiles: values["cold-profiles"] === "0" ? 0 : positiveInteger("cold-profiles", values["cold-profiles"]),
    cliRuns: positiveInteger("cli-runs", values["cli-runs"]),
    sections: new Set(list(values.only).map(toSection)),
    scenarioIds: new Set(list(values.scenario).map((id) => id.toUpperCase())),
    markdownFile: values.markdown,
    check: values.check,
  };
}

function list(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer\n${USAGE}`);
  return value;
}

function toSection(name: string): Section {
  const section = SECTIONS.find((candidate) => candidate === name);
  if (!section) throw new Error(`--only: unknown section ${name}\n${USAGE}`);
  return section;
}
