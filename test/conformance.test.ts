// Runs every conformance vector (expected results recorded from Powertools for
// Python) through flagtype's public runtime API. The vectors are never edited.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FeatureFlags, InMemoryStore, validateDocument } from "../runtime/index.js";

interface ConformanceCase {
  readonly id: string;
  readonly op: "evaluate" | "enabled";
  readonly document: unknown;
  readonly flag?: string;
  readonly context: Record<string, unknown>;
  readonly default?: unknown;
  readonly now: string | null;
  readonly expect: { readonly value: unknown } | { readonly error: string };
}

const directory = new URL("./fixtures/conformance/", import.meta.url);
const SILENT = { warn: () => undefined };

function loadCases(file: string): ConformanceCase[] {
  return (JSON.parse(readFileSync(new URL(file, directory), "utf8")) as { cases: ConformanceCase[] }).cases;
}

/** Python truthiness of a JSON value, written independently of the engine's own. */
function pythonTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value !== "object" || Object.keys(value).length > 0;
}

/** A frozen clock; without `now` the reference never reads the clock, so any read is counted and fails. */
function clockFor(now: string | null) {
  const reads = { count: 0 };
  const clock = (): Date => {
    reads.count++;
    if (now === null) throw new Error("the clock was read in a case without `now`");
    return new Date(now);
  };
  return { clock, reads };
}

async function expectValue(flags: FeatureFlags, testCase: ConformanceCase, expected: unknown): Promise<void> {
  expect(validateDocument(testCase.document)).toEqual([]);
  const actual =
    testCase.op === "evaluate"
      ? await flags.evaluate(testCase.flag ?? "", testCase.context, testCase.default)
      : await flags.getEnabledFeatures(testCase.context);
  expect(actual).toEqual(expected);
}

/** The reference raised while validating: flagtype reports issues and falls back to the caller's default. */
async function expectRejected(flags: FeatureFlags, testCase: ConformanceCase, error: string): Promise<void> {
  const issues = validateDocument(testCase.document);
  expect(issues.length).toBeGreaterThan(0);
  // TypeError comes only from an array/object action.
  if (error === "TypeError") expect(issues.some((issue) => issue.path.at(-1) === "action")).toBe(true);
  const callerDefault = testCase.op === "evaluate" ? testCase.default : { sentinel: testCase.id };
  expect(await flags.evaluate(testCase.flag ?? "any", testCase.context, callerDefault)).toBe(callerDefault);
  expect(await flags.getEnabledFeatures(testCase.context)).toEqual([]);
}

/** The reference's get_enabled_features crashed; flagtype lists exactly the features evaluate() finds truthy. */
async function expectSaneEnabled(flags: FeatureFlags, testCase: ConformanceCase): Promise<void> {
  expect(validateDocument(testCase.document)).toEqual([]);
  const expected: string[] = [];
  for (const name of Object.keys(testCase.document as object)) {
    if (pythonTruthy(await flags.evaluate(name, testCase.context, null))) expected.push(name);
  }
  expect(await flags.getEnabledFeatures(testCase.context)).toEqual(expected);
}

async function runCase(testCase: ConformanceCase): Promise<void> {
  const { clock, reads } = clockFor(testCase.now);
  const flags = new FeatureFlags({ store: new InMemoryStore(testCase.document), clock, logger: SILENT });
  const outcome = testCase.expect;
  if ("value" in outcome) await expectValue(flags, testCase, outcome.value);
  else if (outcome.error === "SchemaValidationError" || outcome.error === "TypeError") {
    await expectRejected(flags, testCase, outcome.error);
  } else if (outcome.error === "AttributeError" && testCase.op === "enabled") await expectSaneEnabled(flags, testCase);
  else throw new Error(`unknown expectation ${JSON.stringify(outcome)}`);
  if (testCase.now === null) expect(reads.count).toBe(0);
}

const files = readdirSync(directory).filter((name) => name.endsWith(".json")).sort();

it("finds the conformance vectors", () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const file of files) {
  describe(file, () => {
    for (const testCase of loadCases(file)) it(testCase.id, () => runCase(testCase));
  });
}
