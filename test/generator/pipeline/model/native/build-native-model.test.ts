import { describe, expect, it } from "vitest";
import type { LoadedFlagsFile } from "../../../../../generator/pipeline/load/loaded-file.js";
import { parsePositionedJson } from "../../../../../generator/pipeline/load/parse-positioned-json.js";
import { buildNativeModel } from "../../../../../generator/pipeline/model/native/build-native-model.js";
import { typeText } from "../../../../../generator/pipeline/emit/type-text.js";
import { DOCUMENT_A, DOCUMENT_B, DOCUMENT_D } from "../../../../support/native/doc-examples.js";

function loaded(name: string, document: unknown): LoadedFlagsFile {
  const json = parsePositionedJson(`flags/${name}.json`, JSON.stringify(document, null, 2)).json;
  if (!json) throw new Error("not JSON");
  return { name, format: "native", flags: json };
}

describe("buildNativeModel", () => {
  it("types attributes from their constraints: enum literals, required, readonly arrays, anything without constraints", () => {
    const { model, diagnostics } = buildNativeModel(loaded("shop", DOCUMENT_A));
    expect(diagnostics).toEqual([]);
    const checkout = model?.flags.find((flag) => flag.key === "checkout_v2");
    expect(checkout).toMatchObject({
      pascalName: "CheckoutV2",
      enabledAccessorName: "isCheckoutV2Enabled",
      valueAccessorName: "getCheckoutV2",
      valueTypeName: "CheckoutV2Value",
      displayName: "Checkout v2",
      description: "New checkout flow",
      deprecation: { date: "2027-06-30" },
      context: { kind: "none" },
    });
    expect(checkout?.variants).toBeUndefined();
    expect(checkout?.attributes.map((attribute) => [attribute.key, typeText(attribute.type), attribute.required])).toEqual([
      ["beta_badge", "boolean", false],
      ["max_items", "number", true],
      ["regions", "readonly string[]", false],
      ["theme", '"dark" | "light"', false],
    ]);
    expect(model?.flags.map((flag) => flag.key)).toEqual(["checkout_v2", "kill_switch"]);
  });

  it("gives multi-variant flags their variant names and a context from their rules", () => {
    const { model } = buildNativeModel(loaded("search", DOCUMENT_B));
    const search = model?.flags[0];
    expect(search?.variants).toEqual(["Staff", "Beta", "Default"]);
    expect(search?.variantTypeName).toBe("NewSearchVariant");
    expect(search?.contextTypeName).toBe("NewSearchContext");
    const fields = search?.context.kind === "inferred" ? search.context.fields : [];
    expect(fields.map((field) => [field.key, typeText(field.type), field.required])).toEqual([
      ["beta", "boolean | number | string", false],
      ["email", "string", true],
      ["plan", "string", true],
    ]);
  });

  it("gives basic flags no context even beside multi-variant ones", () => {
    const { model } = buildNativeModel(loaded("home", DOCUMENT_D));
    expect(model?.flags.map((flag) => [flag.key, flag.context.kind, flag.contextTypeName])).toEqual([
      ["banner", "inferred", "BannerContext"],
      ["dark_mode", "none", undefined],
    ]);
  });

  it("reports flag keys without a TypeScript name and clashing names at their positions", () => {
    const document = { version: "1", flags: { "a--b": {}, "x-y": {}, x_y: {} }, values: {} };
    const { model, diagnostics } = buildNativeModel(loaded("odd", document));
    expect(model).toBeUndefined();
    // x-y and x_y both give isXYEnabled, getXY and XYValue: each clash is reported at both flags.
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["FT101", ...Array<string>(6).fill("FT102")]);
  });
});
