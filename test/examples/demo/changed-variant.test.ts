import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withStandardTierPremiumBanner } from "../../../examples/demo/changed-variant.js";
import { agentAnswer } from "../../../generator/commands/serve/native/retrieval/agent-answer.js";
import { pairFlagsSources } from "../../../generator/pipeline/load/pair-flags-sources.js";
import type { StoredDocument } from "../../../generator/pipeline/load/native/stored/stored-document.js";
import { runPipeline } from "../../../generator/pipeline/run-pipeline.js";

const seedText = readFileSync(new URL("../../../flags/checkout.json", import.meta.url), "utf8");
const seed: unknown = JSON.parse(seedText);

/** The variant flagtype serve's agent paths choose for checkout_banner and a context. */
function variantFor(document: unknown, context: Record<string, string>): unknown {
  const result = agentAnswer(document as StoredDocument, "checkout_banner", context);
  return result.ok ? result.answer._variant : result;
}

async function diagnostics(document: unknown): Promise<string[]> {
  const sources = pairFlagsSources("flags", [{ path: "flags/checkout.json", text: JSON.stringify(document, null, 2) }]).sources;
  const { diagnostics: found } = await runPipeline(sources, { runtimeImport: "@flagtype/runtime" });
  return found.map((diagnostic) => `${diagnostic.line} ${diagnostic.code} ${diagnostic.message}`);
}

describe("withStandardTierPremiumBanner", () => {
  it("passes every check of flagtype validate, like the seed", async () => {
    expect(await diagnostics(seed)).toEqual([]);
    expect(await diagnostics(withStandardTierPremiumBanner(seed))).toEqual([]);
  });

  it("gives the standard tier the Premium variant, ahead of the country rule, and changes nothing else", () => {
    const changed = withStandardTierPremiumBanner(seed);
    expect(variantFor(changed, { tier: "standard", country: "" })).toBe("Premium");
    expect(variantFor(changed, { tier: "standard", country: "DE" })).toBe("Premium");
    expect(variantFor(changed, { tier: "premium", country: "" })).toBe("Premium");
    expect(variantFor(changed, { tier: "free", country: "DE" })).toBe("Regional");
    expect(variantFor(changed, { tier: "free", country: "US" })).toBe("Default");
    const names = (document: unknown) => (document as StoredDocument).values?.["checkout_banner"]?._variants?.map((variant) => variant.name);
    expect(names(changed)).toEqual(["Premium", "Regional", "Default"]);
    expect({ ...(changed["values"] as object), checkout_banner: null }).toEqual({ ...((seed as StoredDocument).values ?? {}), checkout_banner: null });
  });

  it("leaves the original document untouched", () => {
    withStandardTierPremiumBanner(seed);
    expect(JSON.stringify(seed, null, 2)).toBe(JSON.stringify(JSON.parse(seedText), null, 2));
    expect(variantFor(seed, { tier: "standard", country: "" })).toBe("Default");
  });

  it("refuses a document without checkout_banner's Premium variant", () => {
    expect(() => withStandardTierPremiumBanner({ version: "1", flags: {}, values: {} })).toThrow("values.checkout_banner is not a JSON object");
    expect(() => withStandardTierPremiumBanner({ values: { checkout_banner: { _variants: [{ name: "Default", enabled: false }] } } })).toThrow("no Premium variant");
    expect(() => withStandardTierPremiumBanner([])).toThrow("the stored document is not a JSON object");
  });
});
