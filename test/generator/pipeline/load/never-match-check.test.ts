import { describe, expect, it } from "vitest";
import { findNeverMatchingConditions } from "../../../../generator/pipeline/load/never-match-check.js";
import { compileDocument } from "../../../../runtime/engine/compile.js";
import { conformanceDocuments } from "./conformance-documents.js";

/** Context values that between them satisfy every condition below that can match. */
const PROBES: unknown[] = [null, true, false, 0, 1, 5, 1.5, "", "a", "b", "x", "premium", [], ["a"], [5], [{}], {}, { a: 1 }];

const documentWith = (condition: Record<string, unknown>): Record<string, unknown> => ({
  f: { default: false, rules: { r: { when_match: true, conditions: [{ key: "k", ...condition }] } } },
});

/** Every ten minutes from Sunday 2024-12-29 to Monday 2025-01-06 UTC: each weekday and time of day. */
const INSTANTS = Array.from({ length: 9 * 144 }, (_, step) => new Date(Date.UTC(2024, 11, 29) + step * 600_000));

/** The runtime's own answer: a context value (or, for a schedule, an instant) for which the condition holds, if any probe is one. */
function witness(condition: Record<string, unknown>): unknown {
  if (String(condition["action"]).startsWith("SCHEDULE_")) return scheduleWitness(condition);
  const compiled = compileDocument(documentWith(condition));
  return PROBES.find((probe) => compiled.evaluate("f", { k: probe }, false) === true);
}

function scheduleWitness(condition: Record<string, unknown>, instants: readonly Date[] = INSTANTS): Date | undefined {
  let now = new Date(0);
  const compiled = compileDocument(documentWith(condition), { clock: () => now });
  return instants.find((instant) => {
    now = instant;
    return compiled.evaluate("f", {}, false) === true;
  });
}

const time = (START: string, END: string, extra: Record<string, unknown> = {}) =>
  ({ action: "SCHEDULE_BETWEEN_TIME_RANGE", key: "CURRENT_TIME", value: { START, END, ...extra } });
const datetime = (START: string, END: string, extra: Record<string, unknown> = {}) =>
  ({ action: "SCHEDULE_BETWEEN_DATETIME_RANGE", key: "CURRENT_DATETIME", value: { START, END, ...extra } });
const days = (DAYS: unknown[], extra: Record<string, unknown> = {}) =>
  ({ action: "SCHEDULE_BETWEEN_DAYS_OF_WEEK", key: "CURRENT_DAY_OF_WEEK", value: { DAYS, ...extra } });

const SCHEDULE_NEVER: [string, Record<string, unknown>, string][] = [
  ["seconds in a time", time("06:45:30", "17:00"), "START"],
  ["text after a time", time("06:00", "13:39x"), "END"],
  ["END before START in one hour", time("04:01", "04:00"), "END"],
  ["a Z after a date", datetime("2024-12-31Z", "2025-01-02"), "START"],
  ["a Z after the END date", datetime("2024-12-30T00:00", "2025-01-02Z"), "END"],
  ["END before START", datetime("2025-01-02", "2024-12-31"), "END"],
  ["no days", days([]), "DAYS"],
  ["an empty list as zone", time("00:00", "23:59", { TIMEZONE: [] }), "TIMEZONE"],
  ["an empty object as zone", days(["MONDAY"], { TIMEZONE: {} }), "TIMEZONE"],
];

const SCHEDULE_SOMETIMES: [string, Record<string, unknown>][] = [
  ["a time range", time("06:00", "17:00")],
  ["a range past midnight", time("22:00", "02:00")],
  ["END before START across hours", time("04:10", "03:50")],
  ["a time with a trailing newline (int() strips it)", time("06:00\n", "07:00")],
  ["a date range", datetime("2024-12-31", "2025-01-02T10:00")],
  ["one instant", datetime("2025-01-01T10:00", "2025-01-01T10:00")],
  ["days with a zone", days(["FRIDAY"], { TIMEZONE: "Asia/Tokyo" })],
  ["an empty string as zone (UTC)", days(["SUNDAY"], { TIMEZONE: "" })],
];

const NEVER: [string, unknown][] = [
  ["STARTSWITH", 5],
  ["ENDSWITH", true],
  ["STARTSWITH", ["a"]],
  ["ENDSWITH", { a: "b" }],
  ["IN", 5],
  ["IN", 1.5],
  ["NOT_IN", true],
  ["NOT_IN", 0],
  ["KEY_IN_VALUE", false],
  ["KEY_NOT_IN_VALUE", 5],
  ["KEY_GREATER_THAN_VALUE", {}],
  ["KEY_GREATER_THAN_OR_EQUAL_VALUE", { x: 1 }],
  ["KEY_LESS_THAN_VALUE", { a: 1 }],
  ["KEY_LESS_THAN_OR_EQUAL_VALUE", {}],
];

const SOMETIMES: [string, unknown][] = [
  ["STARTSWITH", ""],
  ["ENDSWITH", "x"],
  ["IN", "premium"],
  ["IN", [5]],
  ["NOT_IN", { a: 1 }],
  ["KEY_NOT_IN_VALUE", "abc"],
  ["KEY_LESS_THAN_VALUE", [{}]],
  ["KEY_GREATER_THAN_VALUE", "a"],
  ["VALUE_IN_KEY", 5],
  ["VALUE_NOT_IN_KEY", true],
  ["EQUALS", {}],
  ["NOT_EQUALS", 5],
  ["MODULO_RANGE", { BASE: 2, START: 0, END: 1 }],
];

describe("findNeverMatchingConditions", () => {
  it.each(NEVER)("%s with %j: warned, and the runtime matches no context value", (action, value) => {
    const findings = findNeverMatchingConditions(documentWith({ action, value }));
    expect(findings.map(({ path, part, severity, code }) => [path, part, severity, code])).toEqual([
      [["f", "rules", "r", "conditions", 0, "value"], "value", "warning", "FT032"],
    ]);
    expect(findings[0]?.message).toMatch(new RegExp(`^conditions\\[0\\] of rule "r" can never match: ${action} with `));
    expect(witness({ action, value })).toBeUndefined();
  });

  it.each(SOMETIMES)("%s with %j: silent, and the runtime matches some context value", (action, value) => {
    expect(findNeverMatchingConditions(documentWith({ action, value }))).toEqual([]);
    expect(witness({ action, value })).not.toBeUndefined();
  });

  it("says the negated actions are false too, and suggests a list", () => {
    expect(findNeverMatchingConditions(documentWith({ action: "NOT_IN", value: 7 }))[0]?.message).toBe(
      'conditions[0] of rule "r" can never match: NOT_IN with the number 7 as value raises for every context value and an erroring comparison' +
        ' is false, also for NOT_IN (Python\'s "in" needs a list, string or object; use a list, e.g. [7])',
    );
  });

  it.each([
    ["a null value (the validator's error)", documentWith({ action: "IN", value: null })],
    ["an absent value", documentWith({ action: "IN" })],
    ["an action that is no string", documentWith({ action: ["IN"], value: 5 })],
    ["conditions that are no array", { f: { default: false, rules: { r: { when_match: true, conditions: { action: "IN", value: 5 } } } } }],
    ["a document that is no object", [documentWith({ action: "IN", value: 5 })]],
    ["an inherited action name", documentWith({ action: "constructor", value: 5 })],
  ])("ignores %s", (_label, document) => {
    expect(findNeverMatchingConditions(document)).toEqual([]);
  });

  it.each(SCHEDULE_NEVER)("a schedule with %s: warned at its %s field, and the runtime matches at no instant", (_label, condition, field) => {
    const findings = findNeverMatchingConditions(documentWith(condition));
    expect(findings.map(({ path, severity, code }) => [path, severity, code])).toEqual([
      [["f", "rules", "r", "conditions", 0, "value", field], "warning", "FT032"],
    ]);
    expect(findings[0]?.message).toMatch(/^conditions\[0\] of rule "r" can never match: /);
    expect(scheduleWitness(condition)).toBeUndefined();
  });

  it.each(SCHEDULE_SOMETIMES)("a schedule with %s: silent, and the runtime matches at some instant", (_label, condition) => {
    expect(findNeverMatchingConditions(documentWith(condition))).toEqual([]);
    expect(scheduleWitness(condition)).not.toBeUndefined();
  });

  it("leaves an invalid schedule to the validator", () => {
    expect(findNeverMatchingConditions(documentWith(time("24:00", "06:45:30")))).toEqual([]);
    expect(findNeverMatchingConditions(documentWith(datetime("2024-12-30", "2025-01-02T10:00:00Z")))).toEqual([]);
    expect(findNeverMatchingConditions(documentWith({ ...days([]), key: "CURRENT_TIME" }))).toEqual([]);
  });

  it("tells how to write a time", () => {
    expect(findNeverMatchingConditions(documentWith(time("06:45:30", "17:00")))[0]?.message).toBe(
      'conditions[0] of rule "r" can never match: START is checked only for a leading HH:MM but read as exactly HH:MM; write "HH:MM"',
    );
  });

  it("agrees with the reference: every warned schedule in an accepted vector is false at the vector's instant", () => {
    const warned = conformanceDocuments()
      .filter((vector) => !vector.rejected && vector.now !== undefined)
      .flatMap((vector) =>
        findNeverMatchingConditions(vector.document)
          .filter((finding) => finding.path.length === 7)
          .map((finding) => ({ condition: conditionAt(vector.document, finding.path.slice(0, 5)), now: vector.now as Date })));
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.filter(({ condition, now }) => scheduleWitness(condition, [now]) !== undefined)).toEqual([]);
  });

  it("agrees with the reference: every warned condition in an accepted vector matches none of its probes", () => {
    const accepted = conformanceDocuments().filter((vector) => !vector.rejected);
    const warned = accepted.flatMap((vector) =>
      findNeverMatchingConditions(vector.document).map((finding) => conditionAt(vector.document, finding.path.slice(0, 5))));
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.filter((condition) => witness(condition) !== undefined)).toEqual([]);
  });
});

function conditionAt(document: unknown, path: readonly (string | number)[]): Record<string, unknown> {
  const found = path.reduce<unknown>((node, segment) => (node as Record<string | number, unknown>)[segment], document);
  const { action, key, value } = found as Record<string, unknown>;
  return { action, key, value };
}
