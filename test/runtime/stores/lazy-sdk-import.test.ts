import { describe, expect, it } from "vitest";
import { bundleInputs } from "../bundle-inputs.js";

const LAZY_PACKAGES = ["@aws-sdk/client-appconfigdata", "@jmespath-community/jmespath"];

async function importsOf(entry: string) {
  return (await bundleInputs(entry, LAZY_PACKAGES)).imports;
}

describe("optional packages are loaded lazily", () => {
  it.each(["runtime/stores/appconfig-store.ts", "runtime/stores/appconfig-agent-store.ts"])("%s imports them only dynamically", async (entry) => {
    const imports = (await importsOf(entry)).filter((item) => LAZY_PACKAGES.includes(item.path));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((item) => item.kind === "dynamic-import")).toBe(true);
  });
});
