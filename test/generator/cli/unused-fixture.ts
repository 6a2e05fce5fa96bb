import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { makeProject, runIn, writeFiles } from "./cli-harness.js";

const RUNTIME_INDEX = fileURLToPath(new URL("../../../runtime/index.js", import.meta.url));

const FEATURES = {
  premium_features: { default: false, rules: { premium: { when_match: true, conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } } },
  tier_feature: { default: true },
  price_tier: { default: "basic", boolean_type: false },
  beta_banner: { default: false },
  re_exported: { default: false },
  via_feature_flags: { default: false },
  shorthand_flag: { default: true },
};

/**
 * A small TypeScript project using generated modules in every way `unused` must see through:
 * named, namespace and default-less imports, a barrel re-export, a shorthand property, typed
 * `evaluate`, `FeatureFlags#evaluate`, a local function shadowing an accessor's name, and names
 * that only appear in comments and strings. Unused: `tier_feature` and `re_exported`.
 * Unknown: `"old_flag"` (typed evaluate) and `"gone_flag"` (FeatureFlags).
 */
export const UNUSED_FIXTURE_FILES: Readonly<Record<string, string>> = {
  "package.json": '{ "type": "module" }\n',
  "tsconfig.json": JSON.stringify({
    compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", strict: true, noEmit: true, skipLibCheck: true, types: [] },
    include: ["src", "generated"],
  }),
  "flags/features.json": JSON.stringify(FEATURES, null, 2),
  "flags/billing.json": JSON.stringify({ invoice_v2: { default: false } }),
  "src/handler.ts": [
    'import { isPremiumFeaturesEnabled, evaluate } from "../generated/features.js";',
    'import * as features from "../generated/features.js";',
    "export async function handler(tier: string): Promise<unknown> {",
    '  const price = await evaluate("price_tier");',
    "  return [await isPremiumFeaturesEnabled({ tier }), await features.isBetaBannerEnabled(), price];",
    "}",
    "",
  ].join("\n"),
  "src/index.ts": [
    'export { isReExportedEnabled } from "../generated/features.js";',
    'export { isInvoiceV2Enabled } from "../generated/billing.js";',
    "",
  ].join("\n"),
  "src/consumer.ts": [
    'import { isInvoiceV2Enabled } from "./index.js";',
    'import { isShorthandFlagEnabled } from "../generated/features.js";',
    "export const api = { isShorthandFlagEnabled };",
    "export const invoices = (): Promise<boolean> => isInvoiceV2Enabled();",
    "",
  ].join("\n"),
  "src/shadow.ts": [
    "// isTierFeatureEnabled is mentioned here and in a string, and shadowed by a local function.",
    'export const note = "isTierFeatureEnabled";',
    "function isTierFeatureEnabled(): boolean { return true; }",
    "export const local = isTierFeatureEnabled();",
    "",
  ].join("\n"),
};

/** Writes the fixture into a temporary directory and generates its modules; returns the directory. */
export async function makeUnusedFixture(): Promise<string> {
  const root = await makeProject(UNUSED_FIXTURE_FILES);
  const runtimeFromSrc = relative(join(root, "src"), RUNTIME_INDEX).split("\\").join("/");
  const runtimeFromGenerated = relative(join(root, "generated"), RUNTIME_INDEX).split("\\").join("/");
  const legacy = [
    `import { FeatureFlags, InMemoryStore } from "${runtimeFromSrc}";`,
    'import { evaluate } from "../generated/features.js";',
    "const flags = new FeatureFlags({ store: new InMemoryStore({}) });",
    "export async function legacy(): Promise<unknown[]> {",
    '  const known = await flags.evaluate("via_feature_flags", {}, false);',
    '  const gone = await flags.evaluate("gone_flag", {}, false);',
    "  // @ts-expect-error: the flag was removed",
    '  const old = await evaluate("old_flag");',
    "  return [known, gone, old];",
    "}",
    "",
  ].join("\n");
  // src/legacy.ts imports the runtime of this repository by a relative path, so it is written here.
  await writeFiles(root, { "src/legacy.ts": legacy });
  const generated = await runIn(root, ["generate", "--runtime-import", runtimeFromGenerated]);
  if (generated.code !== 0) throw new Error(`generate failed: ${generated.stderr}`);
  return root;
}
