import { describe, expect, it } from "vitest";
import { needsIon, toRetrievalMap } from "../../../../../../generator/commands/serve/native/retrieval/retrieval-map.js";
import type { StoredDocument } from "../../../../../../generator/pipeline/load/native/stored/stored-document.js";
import { DOCUMENT_A, DOCUMENT_B, DOCUMENT_C, DOCUMENT_D } from "../../../../../support/native/doc-examples.js";

describe("toRetrievalMap", () => {
  it("serves example A as the doc's §3.1 shows", () => {
    expect(JSON.stringify(toRetrievalMap(DOCUMENT_A as StoredDocument))).toBe(
      '{"checkout_v2": {"enabled": true, "max_items": 50, "theme": "dark", "regions": ["eu-west-1"], "beta_badge": false}, "kill_switch": {"enabled": false}}'.replace(/": /g, '":').replace(/, /g, ","),
    );
  });

  it("drops attributes of disabled flags and the service timestamps", () => {
    const document: StoredDocument = {
      version: "1",
      flags: { a: { _createdAt: "t" }, b: {} },
      values: {
        a: { enabled: false, theme: "dark", _createdAt: "t", _updatedAt: "u" },
        b: { enabled: true, theme: "dark", _createdAt: "t", _updatedAt: "u" },
      },
    };
    expect(toRetrievalMap(document)).toEqual({ a: { enabled: false }, b: { enabled: true, theme: "dark" } });
  });

  it("follows definition order, reads a value-less flag as disabled, and leaves out undefined flags", () => {
    const document: StoredDocument = {
      version: "1",
      flags: { zeta: {}, alpha: {}, bare: {} },
      values: { alpha: { enabled: true }, zeta: {}, orphan: { enabled: true } },
    };
    const map = toRetrievalMap(document);
    expect(map).toEqual({ zeta: { enabled: false }, alpha: { enabled: true }, bare: { enabled: false } });
    expect(Object.keys(map ?? {})).toEqual(["zeta", "alpha", "bare"]);
  });

  it("keeps a __proto__ key as data", () => {
    const values = JSON.parse('{"__proto__": {"enabled": true, "__proto__": 1}}') as StoredDocument["values"];
    const flags = JSON.parse('{"__proto__": {}}') as StoredDocument["flags"];
    const map = toRetrievalMap({ version: "1", flags, values });
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(JSON.stringify(map)).toBe('{"__proto__":{"enabled":true,"__proto__":1}}');
  });

  it("refuses profiles with a multi-variant flag (they are served as Ion)", () => {
    for (const document of [DOCUMENT_B, DOCUMENT_C, DOCUMENT_D]) {
      expect(needsIon(document as StoredDocument)).toBe(true);
      expect(toRetrievalMap(document as StoredDocument)).toBeNull();
    }
    expect(needsIon(DOCUMENT_A as StoredDocument)).toBe(false);
  });
});
