import { describe, expect, it } from "vitest";
import { compareNativeModels } from "../../../../../generator/commands/diff/native/compare-native-models.js";
import type { NativeModuleModel } from "../../../../../generator/pipeline/model/native/native-model.js";
import { modelFlagsSource } from "../../../../../generator/pipeline/run-pipeline.js";

/** The model of a native document, through the same checks `flagtype diff` runs. */
async function model(document: unknown, path: string): Promise<NativeModuleModel> {
  const built = await modelFlagsSource({ profile: "shop", document: { path, text: `${JSON.stringify(document, null, 2)}\n` } });
  if (built.model?.format !== "native") throw new Error(`not a valid native document: ${JSON.stringify(built.diagnostics)}`);
  return built.model;
}

async function drift(deployed: unknown, local: unknown): Promise<string[]> {
  const changes = compareNativeModels(await model(deployed, "deployed.json"), await model(local, "local.json"));
  return changes.map((change) => `${change.flag} ${change.change}${change.breaking ? " BREAKING" : ""}: ${change.message}`);
}

const attribute = (constraints?: object) => ({ name: "Banner", attributes: { text: constraints ? { constraints } : {} } });
const basic = (constraints: object | undefined, value: object = { enabled: true }) => ({ version: "1", flags: { banner: attribute(constraints) }, values: { banner: value } });
const variant = (name: string, rule?: string, extra: object = {}) => ({ name, enabled: true, ...(rule !== undefined ? { rule } : {}), ...extra });
const multi = (...variants: object[]) => ({ version: "1", flags: { banner: { name: "Banner" } }, values: { banner: { _variants: variants } } });

describe("compareNativeModels: attributes", () => {
  it.each<[string, object | undefined, object | undefined, string]>([
    ["required added", { type: "string" }, { type: "string", required: true }, 'banner attribute-type BREAKING: attribute "text": now required: values typed for the deployed version (test overrides, fakes) may lack it'],
    ["required removed", { type: "string", required: true }, { type: "string" }, 'banner attribute-type BREAKING: attribute "text": no longer required: code generated from the deployed version reads it without checking'],
    ["required added with another type", { type: "string" }, { type: "string", enum: ["hi"], required: true }, 'banner attribute-type BREAKING: attribute "text": string → "hi" (narrower: code generated from the deployed version may compare with values it no longer allows); now required: values typed for the deployed version (test overrides, fakes) may lack it'],
    ["enum members added", { type: "string", enum: ["a"] }, { type: "string", enum: ["a", "b"] }, 'banner attribute-type BREAKING: attribute "text": enum members added "b" (code generated from the deployed version does not expect them)'],
    ["enum members removed and added", { type: "string", enum: ["a", "b"] }, { type: "string", enum: ["a", "c"] }, 'banner attribute-type BREAKING: attribute "text": enum members removed "b" (code generated from the deployed version may compare with them); enum members added "c" (code generated from the deployed version does not expect them)'],
    ["another kind", { type: "string" }, { type: "number" }, 'banner attribute-type BREAKING: attribute "text": string → number'],
    ["an enum becoming any string", { type: "string", enum: ["a"] }, { type: "string" }, 'banner attribute-type BREAKING: attribute "text": "a" → string (wider: code generated from the deployed version does not expect the new values)'],
    ["unconstrained becoming a string", undefined, { type: "string" }, 'banner attribute-type BREAKING: attribute "text": readonly number[] | readonly string[] | boolean | number | string → string (narrower: code generated from the deployed version may compare with values it no longer allows)'],
    ["a new pattern", { type: "string" }, { type: "string", pattern: "^[a-z]+$" }, 'banner attribute-constraints: attribute "text": constraints pattern none → "^[a-z]+$"'],
    ["array element bounds", { type: "array", elements: { type: "number", maximum: 5 } }, { type: "array", elements: { type: "number", maximum: 9 } }, 'banner attribute-constraints: attribute "text": constraints elements.maximum 5 → 9'],
  ])("%s", async (_label, before, after, expected) => {
    // A required attribute needs its value in an enabled flag; every row's types accept "hi" or none.
    const value = (constraints: object | undefined) => ("required" in (constraints ?? {}) ? { enabled: true, text: "hi" } : { enabled: true });
    const attributeChanges = (await drift(basic(before, value(before)), basic(after, value(after)))).filter((line) => !line.startsWith("banner values:"));
    expect(attributeChanges).toEqual([expected]);
  });

  it("lists an added attribute, required or not, as non-breaking", async () => {
    const deployed = { version: "1", flags: { banner: { name: "Banner" } }, values: { banner: { enabled: false } } };
    expect(await drift(deployed, basic({ type: "boolean", required: true }, { enabled: false }))).toEqual(['banner attribute-added: required attribute "text" added (boolean)']);
  });
});

describe("compareNativeModels: variants and contexts", () => {
  it("breaks when a flag loses its variants, not when it gains them", async () => {
    const withVariants = multi(variant("Beta", '(eq $plan "beta")'), variant("Default"));
    const plain = { version: "1", flags: { banner: { name: "Banner" } }, values: { banner: { enabled: true } } };
    expect(await drift(withVariants, plain)).toEqual([
      'banner kind BREAKING: was multi-variant ("Beta", "Default"), is basic; the generated BannerVariant type is gone',
      'banner context-key-removed: no longer reads context key "plan"',
    ]);
    expect(await drift(plain, withVariants)).toEqual([
      'banner kind: was basic, is multi-variant ("Beta", "Default")',
      'banner context-key-added BREAKING: reads context key "plan" (string), which code generated from the deployed version does not pass',
    ]);
  });

  it("lists rule, state, value and order changes of kept variants as one non-breaking change", async () => {
    const before = multi(variant("A", '(eq $plan "a")'), variant("B", '(eq $plan "b")', { attributeValues: {} }), variant("Default", undefined, { enabled: false }));
    const after = multi(variant("B", '(eq $plan "c")', { attributeValues: {} }), variant("A", '(eq $plan "a")', { enabled: false }), variant("Default"));
    expect(await drift(before, after)).toEqual([
      'banner variants: variants: "B" rule changed; "A" enabled true → false; "Default" enabled false → true; reordered ("B", "A", "Default"): the first matching rule wins',
    ]);
  });

  it("treats keys only tested with exists as optional: new ones are fine, becoming required is not", async () => {
    const plain = multi(variant("Default"));
    const optional = multi(variant("Beta", '(exists key::"beta")'), variant("Default"));
    const required = multi(variant("Beta", '(eq $beta "yes")'), variant("Default"));
    expect(await drift(plain, optional)).toContainEqual('banner context-key-added: reads optional context key "beta" (boolean | number | string) (only tested with exists; the rules work without it)');
    expect(await drift(optional, required)).toContainEqual('banner context-key-required BREAKING: context key "beta" is now required; code generated from the deployed version may not pass it');
    expect(await drift(required, optional)).toContainEqual('banner context-key-required: context key "beta" is no longer required');
  });

  it("breaks when callers' context values no longer fit", async () => {
    const before = multi(variant("Old", "(gt $age 65)"), variant("Default"));
    const after = multi(variant("Old", '(eq $age "senior")'), variant("Default"));
    expect(await drift(before, after)).toContainEqual('banner context-key-type BREAKING: context key "age": number → string');
  });
});

describe("compareNativeModels: flags and metadata", () => {
  it("describes added flags and names both accessors of a removed one", async () => {
    const empty = { version: "1" };
    const one = multi(variant("On", '(eq $plan "a")', { attributeValues: { text: "x" } }), variant("Off", undefined, { enabled: false }));
    const withAttribute = { ...one, flags: { banner: attribute({ type: "string" }) } };
    expect(await drift(empty, withAttribute)).toEqual(['banner added: added (variants "On", "Off", attributes "text")']);
    expect(await drift(withAttribute, empty)).toEqual(["banner removed BREAKING: removed; code generated from the deployed version still calls isBannerEnabled and getBanner"]);
  });

  it("lists name, description and deprecation changes together", async () => {
    const before = { version: "1", flags: { banner: { name: "Banner", description: "a", _deprecation: { status: "planned", date: "2027-01-01" } } } };
    const after = { version: "1", flags: { banner: { name: "Top banner", description: "b", _deprecation: { status: "planned", date: "2027-06-30" } } } };
    expect(await drift(before, after)).toEqual(['banner metadata: name "Banner" → "Top banner"; description changed; deprecation date 2027-01-01 → 2027-06-30']);
    expect(await drift(after, { version: "1", flags: { banner: { name: "Top banner", description: "b" } } })).toEqual(["banner metadata: no longer marked for deprecation"]);
  });

  it("ignores AppConfig's service metadata", async () => {
    const document = basic({ type: "string" }, { enabled: true, text: "hi" });
    const stamped = {
      ...document,
      flags: { banner: { ...document.flags.banner, _createdAt: "2026-01-01T00:00:00.000Z", _updatedAt: "2026-01-02T00:00:00.000Z" } },
      values: { banner: { ...document.values.banner, _updatedAt: "2026-01-02T00:00:00.000Z" } },
    };
    expect(await drift(stamped, document)).toEqual([]);
  });
});
