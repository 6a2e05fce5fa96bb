import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const LAZY_PACKAGES = ["@aws-sdk/client-appconfigdata", "@jmespath-community/jmespath"];

async function importsOf(entry: string) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    external: LAZY_PACKAGES,
    metafile: true,
    logLevel: "silent",
  });
  return Object.values(result.metafile.inputs).flatMap((input) => input.imports);
}

describe("optional packages are loaded lazily", () => {
  it.each(["runtime/stores/appconfig-store.ts", "runtime/stores/appconfig-agent-store.ts"])("%s imports them only dynamically", async (entry) => {
    const imports = (await importsOf(entry)).filter((item) => LAZY_PACKAGES.includes(item.path));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((item) => item.kind === "dynamic-import")).toBe(true);
  });
});
