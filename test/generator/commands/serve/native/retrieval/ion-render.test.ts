import { describe, expect, it } from "vitest";
import { toRetrievalIon } from "../../../../../../generator/commands/serve/native/retrieval/ion-render.js";
import type { StoredDocument } from "../../../../../../generator/pipeline/load/native/stored/stored-document.js";
import { DOCUMENT_A, DOCUMENT_B, DOCUMENT_D, DOCUMENT_D_ION } from "../../../../../support/native/doc-examples.js";
import { ionJsShapes, type IonShape } from "../../../../../support/native/ion-oracle.js";

function rendered(document: StoredDocument): string {
  const result = toRetrievalIon(document);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.text;
}

/** ion-js's reading, with content strings parsed as JSON so spacing does not matter. */
function readBack(text: string): unknown {
  const normalize = (shape: IonShape): unknown =>
    shape.type === "string" && typeof shape.value === "string" && shape.value.startsWith("{")
      ? { json: JSON.parse(shape.value) as unknown, annotations: shape.annotations }
      : { ...shape, items: shape.items?.map(normalize) };
  return ionJsShapes(text).map(normalize);
}

describe("toRetrievalIon", () => {
  it("renders example D exactly as the doc's §3.2 reads (checked with ion-js)", () => {
    expect(readBack(rendered(DOCUMENT_D as StoredDocument))).toEqual(readBack(DOCUMENT_D_ION));
  });

  it("lays D out one flag per top-level value", () => {
    expect(rendered(DOCUMENT_D as StoredDocument)).toBe(
      [
        "'banner'::[",
        `  [(or (begins_with $country "U") (matches in::$locale pattern::"^fr")), '''{"_variant":"Holiday","enabled":true,"text":"Happy holidays"}'''],`,
        `  '''{"_variant":"Plain","enabled":true,"text":"Welcome"}'''`,
        "]",
        `'dark_mode'::'''{"enabled":true}'''`,
        "",
      ].join("\n"),
    );
  });

  it("drops attributes of disabled variants and disabled basic flags", () => {
    const text = rendered(DOCUMENT_B as StoredDocument);
    expect(text).toContain(`'''{"_variant":"Default","enabled":false}'''`);
    expect(rendered(DOCUMENT_A as StoredDocument)).toContain(`'kill_switch'::'''{"enabled":false}'''`);
  });

  it("keeps adversarial attribute text intact through Ion and JSON", () => {
    const nasty = `it's ''' a \\ "quote" \n new line \u2028 é 😀 \\'''`;
    const document: StoredDocument = {
      version: "1",
      flags: { "my-flag": { attributes: { text: {} } } },
      values: {
        "my-flag": {
          _variants: [
            { name: "V'1", enabled: true, rule: `(eq $text "${nasty.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}") // comment`, attributeValues: { text: nasty } },
            { name: "D", enabled: true, attributeValues: { text: nasty } },
          ],
        },
      },
    };
    const shapes = ionJsShapes(rendered(document));
    expect(shapes).toHaveLength(1);
    const [flag] = shapes;
    expect(flag?.annotations).toEqual(["my-flag"]);
    const [pair, fallback] = flag?.items ?? [];
    const [rule, content] = pair?.items ?? [];
    expect(rule?.items?.[2]).toEqual({ type: "string", annotations: [], value: nasty });
    expect(JSON.parse(String(content?.value))).toEqual({ _variant: "V'1", enabled: true, text: nasty });
    expect(JSON.parse(String(fallback?.value))).toEqual({ _variant: "D", enabled: true, text: nasty });
  });

  it("reports rules it cannot write, with their offsets", () => {
    const document: StoredDocument = {
      version: "1",
      flags: { f: {} },
      values: { f: { _variants: [{ name: "A", enabled: true, rule: "(eq $a nope)" }, { name: "B", enabled: true }] } },
    };
    expect(toRetrievalIon(document)).toEqual({
      ok: false,
      findings: [{ flag: "f", variant: 0, offset: 7, message: 'unquoted symbol nope: write "nope" for a string or $nope for a context value' }],
    });
  });
});
