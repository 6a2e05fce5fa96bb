import { ErrorCode, StandardResolutionReasons } from "@openfeature/server-sdk";
import { describe, expect, it } from "vitest";
import type { EvaluationDetails } from "../../../runtime/evaluation-details.js";
import { OPENFEATURE_ERROR_CODES, OPENFEATURE_REASONS, errorResolution, toResolution } from "../../../runtime/openfeature/reasons.js";

describe("constants spelt as the SDK's enums", () => {
  it.each(Object.entries(OPENFEATURE_REASONS))("reason %s", (key, value) => {
    expect(Object.hasOwn(StandardResolutionReasons, key)).toBe(true);
    expect(StandardResolutionReasons[key as keyof typeof StandardResolutionReasons]).toBe(value);
  });

  it.each(Object.entries(OPENFEATURE_ERROR_CODES))("error code %s", (key, value) => {
    expect(Object.hasOwn(ErrorCode, key)).toBe(true);
    expect(ErrorCode[key as keyof typeof ErrorCode]).toBe(value);
  });
});

describe("toResolution", () => {
  const cases: [string, EvaluationDetails<unknown>, object][] = [
    ["STATIC", { value: true, reason: "STATIC" }, { value: true, reason: "STATIC" }],
    ["RULE_MATCH", { value: "b", reason: "RULE_MATCH", rule: "r 1" }, { value: "b", reason: "TARGETING_MATCH", variant: "r 1" }],
    ["DEFAULT", { value: 3, reason: "DEFAULT" }, { value: 3, reason: "DEFAULT" }],
    [
      "FALLBACK from a document",
      { value: false, reason: "FALLBACK", rule: "r", source: "build-time-defaults", errorMessage: "down" },
      { value: false, reason: "STALE", variant: "r", flagMetadata: { source: "build-time-defaults" } },
    ],
    [
      "FALLBACK for an absent flag",
      { value: "d", reason: "FALLBACK", errorCode: "FLAG_NOT_FOUND", errorMessage: "gone" },
      { value: "d", reason: "ERROR", errorCode: "FLAG_NOT_FOUND", errorMessage: "gone" },
    ],
    ["ERROR", { value: "d", reason: "ERROR", errorCode: "PARSE_ERROR" }, { value: "d", reason: "ERROR", errorCode: "PARSE_ERROR", errorMessage: "PARSE_ERROR" }],
  ];

  it.each(cases)("maps %s", (_, details, expected) => {
    expect(toResolution(details, "d")).toStrictEqual(expected);
  });

  it("answers the caller's default on error, whatever the details hold", () => {
    expect(toResolution({ value: "other", reason: "ERROR", errorCode: "GENERAL", errorMessage: "x" }, "caller").value).toBe("caller");
    expect(errorResolution(7, "TYPE_MISMATCH", "why")).toStrictEqual({ value: 7, reason: "ERROR", errorCode: "TYPE_MISMATCH", errorMessage: "why" });
  });
});
