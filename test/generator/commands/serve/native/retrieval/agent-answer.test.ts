import { describe, expect, it } from "vitest";
import { agentAnswer, agentAnswers } from "../../../../../../generator/commands/serve/native/retrieval/agent-answer.js";
import type { StoredDocument } from "../../../../../../generator/pipeline/load/native/stored/stored-document.js";
import { DOCUMENT_A, DOCUMENT_B, DOCUMENT_C, DOCUMENT_D } from "../../../../../support/native/doc-examples.js";

const d = DOCUMENT_D as StoredDocument;

describe("agentAnswer", () => {
  it.each([
    [{ country: "US" }, { _variant: "Holiday", enabled: true, text: "Happy holidays" }],
    [{}, { _variant: "Plain", enabled: true, text: "Welcome" }],
  ])("answers D's banner for %j with the chosen variant", (context, answer) => {
    expect(agentAnswer(d, "banner", context)).toEqual({ ok: true, answer });
  });

  it("puts _variant first, then enabled, then the attributes", () => {
    const result = agentAnswer(d, "banner", { country: "US" });
    expect(result.ok && Object.keys(result.answer)).toEqual(["_variant", "enabled", "text"]);
  });

  it("drops the attributes of a disabled variant (doc §3.3)", () => {
    expect(agentAnswer(DOCUMENT_B as StoredDocument, "new_search", {})).toEqual({ ok: true, answer: { _variant: "Default", enabled: false } });
    expect(agentAnswer(DOCUMENT_B as StoredDocument, "new_search", { email: "x@example.com" })).toEqual({
      ok: true,
      answer: { _variant: "Staff", enabled: true, ranking: "vector" },
    });
  });

  it("matches AWS's no-context example shape", () => {
    const document: StoredDocument = {
      version: "1",
      flags: { ui_refresh: {} },
      values: { ui_refresh: { _variants: [{ name: "QA", enabled: true, rule: '(eq $userId "qa")' }, { name: "Default Variant", enabled: false }] } },
    };
    expect(agentAnswers(document, {}).answers).toEqual({ ui_refresh: { _variant: "Default Variant", enabled: false } });
  });

  it("answers basic flags as the retrieval map does", () => {
    expect(agentAnswer(DOCUMENT_A as StoredDocument, "kill_switch", {})).toEqual({ ok: true, answer: { enabled: false } });
    expect(agentAnswer(d, "dark_mode", { country: "US" })).toEqual({ ok: true, answer: { enabled: true } });
  });

  it("seeds unseeded splits with the flag key, and C's seeded split is stable", () => {
    const c = DOCUMENT_C as StoredDocument;
    const first = agentAnswer(c, "fast_path", { userId: "u-42" });
    expect(agentAnswer(c, "fast_path", { userId: "u-42" })).toEqual(first);
  });

  it("reports unknown flags and unevaluable variants as data", () => {
    expect(agentAnswer(d, "nope", {})).toEqual({ ok: false, reason: "unknown-flag" });
    expect(agentAnswer(d, "toString", {})).toEqual({ ok: false, reason: "unknown-flag" });
    const broken: StoredDocument = { version: "1", flags: { f: {} }, values: { f: { _variants: [{ name: "A", enabled: true, rule: "(gt $a" }, { name: "B", enabled: false }] } } };
    expect(agentAnswer(broken, "f", {})).toEqual({
      ok: false,
      reason: "invalid-variants",
      findings: [{ variant: 0, severity: "error", syntax: true, offset: 0, length: 1, message: "missing ) to close the ( at offset 0" }],
    });
    expect(agentAnswers(broken, {})).toEqual({ answers: {}, invalid: ["f"] });
  });
});
