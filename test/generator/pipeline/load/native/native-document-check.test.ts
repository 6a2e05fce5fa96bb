import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../../../generator/pipeline/diagnostics.js";
import { documentFormat } from "../../../../../generator/pipeline/load/document-format.js";
import { checkNativeDocument } from "../../../../../generator/pipeline/load/native/native-document-check.js";
import { parsePositionedJson } from "../../../../../generator/pipeline/load/parse-positioned-json.js";
import { DOCUMENT_A, DOCUMENT_B, DOCUMENT_C, DOCUMENT_D } from "../../../../support/native/doc-examples.js";

const check = (document: unknown, today = "2026-12-02") => {
  const json = parsePositionedJson("flags/shop.json", JSON.stringify(document, null, 2)).json;
  if (!json) throw new Error("not JSON");
  return checkNativeDocument(json, today).map(formatDiagnostic);
};

describe("documentFormat", () => {
  it.each([
    [{ version: "1", flags: {}, values: {} }, "native"],
    [{ version: "1" }, "native"],
    [{ version: 1 }, "native"], // AppConfig's schema then says version must be the string "1"
    [{ version: { default: true } }, "powertools"], // a Powertools feature named "version"
    [{ flags: { default: true }, values: { default: false } }, "powertools"],
    [{ beta: { default: false } }, "powertools"],
    [[], "powertools"],
    ["text", "powertools"],
  ])("%j is %s", (document, format) => {
    expect(documentFormat(document)).toBe(format);
  });
});

describe("checkNativeDocument", () => {
  it.each([
    ["A", DOCUMENT_A],
    ["B", DOCUMENT_B],
    ["C", DOCUMENT_C],
    ["D", DOCUMENT_D],
  ])("finds nothing wrong with the facts doc's example %s", (_, document) => {
    expect(check(document, "2026-01-01")).toEqual([]);
  });

  it("warns once a planned deprecation date has passed, and not before", () => {
    expect(check(DOCUMENT_A, "2027-06-30")).toEqual([]);
    expect(check(DOCUMENT_A, "2027-07-01")).toEqual([
      "flags/shop.json:9:17 warning FT065 flags.checkout_v2._deprecation.date: flag checkout_v2 was planned for deprecation on 2027-06-30; AppConfig keeps serving it: remove its uses and then the flag",
    ]);
  });

  it("points into a rule at the offending character, escapes counted", () => {
    const document = { version: "1", flags: { a: {} }, values: { a: { _variants: [{ name: "x", enabled: true, rule: '(eq $plan "pro") extra' }, { name: "d", enabled: false }] } } };
    const [line] = check(document);
    expect(line).toMatch(/^flags\/shop\.json:\d+:\d+ error FT062 values\.a\._variants\[0\]\.rule: /);
    const text = JSON.stringify(document, null, 2).split("\n");
    const [, row, column] = /:(\d+):(\d+) /.exec(line ?? "") ?? [];
    expect(text[Number(row) - 1]?.slice(Number(column) - 1).startsWith("extra")).toBe(true);
  });

  it("reports one schema finding per member, not one per alternative", () => {
    const document = { version: "1", values: { a: { enabled: true, list: [1, "two"] } }, flags: { a: { attributes: { list: {} } } } };
    const lines = check(document);
    expect(lines.filter((line) => line.includes("values.a.list"))).toHaveLength(1);
  });
});
