import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  compileScheduleCondition,
  type ScheduleAction,
  validateScheduleCondition,
} from "./schedule-actions.js";
import type { JsonValue } from "../../../../runtime/types.js";

// Runs the schedule conditions of the conformance vectors straight against the
// schedule module. The engine's runner covers whole documents; here a case is used
// only as far as schedule conditions alone decide it.

interface Condition {
  action: unknown;
  key: unknown;
  value: JsonValue;
}
interface Case {
  id: string;
  op: "evaluate" | "enabled";
  document: unknown;
  flag?: string;
  now: string | null;
  expect: { value?: JsonValue; error?: string };
}

const SCHEDULE_ACTIONS = new Set<unknown>([
  "SCHEDULE_BETWEEN_TIME_RANGE",
  "SCHEDULE_BETWEEN_DATETIME_RANGE",
  "SCHEDULE_BETWEEN_DAYS_OF_WEEK",
]);

function loadCases(file: string): Case[] {
  const url = new URL(`../../../fixtures/conformance/${file}`, import.meta.url);
  return (JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as { cases: Case[] }).cases;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function conditionsOf(rule: unknown): Condition[] {
  const conditions = isObject(rule) ? rule["conditions"] : undefined;
  return Array.isArray(conditions) ? conditions.filter(isObject).map((c) => c as unknown as Condition) : [];
}

function rulesOf(feature: unknown): unknown[] {
  const rules = isObject(feature) ? feature["rules"] : undefined;
  return isObject(rules) ? Object.values(rules) : [];
}

function allConditions(document: unknown): Condition[] {
  if (!isObject(document)) return [];
  return Object.values(document).flatMap(rulesOf).flatMap(conditionsOf);
}

const isSchedule = (condition: Condition): boolean => SCHEDULE_ACTIONS.has(condition.action);

function scheduleIssues(document: unknown): number {
  return allConditions(document)
    .filter(isSchedule)
    .reduce((count, c) => count + validateScheduleCondition(c.action as ScheduleAction, c).length, 0);
}

/** Python truthiness, as get_enabled_features uses it. */
function truthy(value: JsonValue | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isObject(value)) return Object.keys(value).length > 0;
  return Boolean(value);
}

/** A feature's value when all its conditions are schedule actions; undefined otherwise. */
function featureValue(feature: unknown, clock: () => Date): JsonValue | undefined {
  if (!isObject(feature)) return undefined;
  const rules = rulesOf(feature);
  if (!rules.every((rule) => conditionsOf(rule).every(isSchedule))) return undefined;
  for (const rule of rules) {
    const holds = conditionsOf(rule).every((c) =>
      compileScheduleCondition(c.action as ScheduleAction, c.value, clock)(),
    );
    if (holds) return isObject(rule) && Object.hasOwn(rule, "when_match") ? (rule["when_match"] as JsonValue) : null;
  }
  return feature["default"] as JsonValue;
}

function outcome(testCase: Case): JsonValue | undefined {
  const clock = () => new Date(testCase.now ?? 0);
  const document = testCase.document as Record<string, unknown>;
  if (testCase.op === "evaluate") {
    const flag = testCase.flag ?? "";
    return Object.hasOwn(document, flag) ? featureValue(document[flag], clock) : undefined;
  }
  const enabled: string[] = [];
  for (const [name, feature] of Object.entries(document)) {
    const value = featureValue(feature, clock);
    if (value === undefined) return undefined;
    if (truthy(value)) enabled.push(name);
  }
  return enabled;
}

const scheduleCases = ["time.json", "invalid.json", "enabled.json"]
  .flatMap(loadCases)
  .filter((testCase) => allConditions(testCase.document).some(isSchedule));

describe("schedule conditions of the conformance vectors", () => {
  const valid = scheduleCases.filter((testCase) => testCase.expect.error === undefined);
  const rejected = scheduleCases.filter(
    (testCase) => testCase.expect.error !== undefined && allConditions(testCase.document).every(isSchedule),
  );

  it("has vectors to run", () => {
    expect(valid.length).toBeGreaterThan(400);
    expect(rejected.length).toBeGreaterThan(15);
    // Most valid cases are decided by schedule conditions alone.
    expect(valid.filter((testCase) => outcome(testCase) !== undefined).length).toBeGreaterThan(450);
  });

  it.each(valid.map((testCase) => [testCase.id, testCase] as const))(
    "%s: schedule conditions validate and evaluate as the reference",
    (_id, testCase) => {
      expect(scheduleIssues(testCase.document)).toBe(0);
      const value = outcome(testCase);
      // Cases whose flag also depends on non-schedule actions are left to the engine's runner.
      if (value !== undefined) expect(value).toEqual(testCase.expect.value);
    },
  );

  it.each(rejected.map((testCase) => [testCase.id, testCase] as const))(
    "%s: an invalid schedule condition is reported",
    (_id, testCase) => {
      expect(scheduleIssues(testCase.document)).toBeGreaterThan(0);
    },
  );
});
