import { describe, expect, test } from "vitest";
import { buildModuleModel } from "../../../../generator/pipeline/model/build-module-model.js";
import { flagWithConditions, loadedFileOf } from "./loaded-file-of.js";

const seed = {
  tier_feature: { default: true },
  premium_features: {
    default: false,
    description: "Premium only.",
    rules: { premium: { when_match: true, conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } },
  },
};

describe("buildModuleModel", () => {
  test("the seed: names, kinds, contexts, positions, sorted flags, document kept in order", async () => {
    const { model, diagnostics } = await buildModuleModel(loadedFileOf("features", seed));
    expect(diagnostics).toEqual([]);
    expect(model?.fileName).toBe("features.ts");
    expect(model?.typePrefix).toBe("Features");
    expect(model?.flags.map((flag) => [flag.key, flag.accessorName, flag.kind, flag.contextTypeName, flag.position.line])).toEqual([
      ["premium_features", "isPremiumFeaturesEnabled", "boolean", "PremiumFeaturesContext", 5],
      ["tier_feature", "isTierFeatureEnabled", "boolean", undefined, 2],
    ]);
    expect(model?.flags[0]?.description).toBe("Premium only.");
    expect(model?.flags[1]?.context).toEqual({ kind: "none" });
    expect(Object.keys(model?.document as object)).toEqual(["tier_feature", "premium_features"]);
    expect(model?.enabledContext.kind).toBe("inferred");
  });

  test("flags whose rules only read the clock take no context", async () => {
    const file = loadedFileOf("timed", flagWithConditions([
      { action: "SCHEDULE_BETWEEN_DAYS_OF_WEEK", key: "CURRENT_DAY_OF_WEEK", value: { DAYS: ["MONDAY"] } },
    ]));
    const { model } = await buildModuleModel(file);
    expect(model?.flags[0]?.context).toEqual({ kind: "none" });
    expect(model?.flags[0]?.contextTypeName).toBeUndefined();
    expect(model?.enabledContext).toEqual({ kind: "none" });
  });

  test("value flags: falsy boolean_type, value type from default and every when_match", async () => {
    const document = {
      price: {
        boolean_type: 0,
        default: "standard",
        rules: { gold: { when_match: "gold", conditions: [{ action: "EQUALS", key: "tier", value: "gold" }] } },
      },
      "yes please": { boolean_type: "false", default: true },
    };
    const { model } = await buildModuleModel(loadedFileOf("shop", document));
    const [price, yes] = model?.flags ?? [];
    expect([price?.accessorName, price?.kind, price?.valueTypeName, price?.valueType]).toEqual(["getPrice", "value", "PriceValue", { kind: "string" }]);
    expect([yes?.accessorName, yes?.kind, yes?.valueTypeName]).toEqual(["isYesPleaseEnabled", "boolean", undefined]);
  });

  test("naming problems stop the model and are reported at the flag key", async () => {
    const { model, diagnostics } = await buildModuleModel(loadedFileOf("features", { ok: { default: true }, _hidden: { default: true } }));
    expect(model).toBeUndefined();
    expect(diagnostics.map(({ code, line, column }) => [code, line, column])).toEqual([["FT101", 5, 3]]);
  });

  test("a file name without a TypeScript name is an error at the start of the file", async () => {
    const { model, diagnostics } = await buildModuleModel(loadedFileOf("2024-flags", { ok: { default: true } }));
    expect(model).toBeUndefined();
    expect(diagnostics.map(({ code, line, column, file }) => [code, file, line, column])).toEqual([["FT104", "flags/2024-flags.json", 1, 1]]);
  });
});
