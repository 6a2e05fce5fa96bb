import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundleInputs } from "./bundle-inputs.js";

// Lazily loaded, and not part of the runtime's own footprint.
const OPTIONAL_PACKAGES = ["@aws-sdk/*", "@jmespath-community/jmespath"];

/**
 * The runtime ships to Lambda cold starts: this ceiling makes growth a visible decision.
 * Measured 14,495 B on 2026-11-21 (npm run bench lists the bytes per file); the issue's
 * target is 8 KiB, see docs/benchmark.md for why it is missed. Raised from 15,500 B to 17,000 B when the
 * stores gained refresh deadlines, body limits, the sync evaluate path, configuration errors
 * and their own HTTP client for the agent (16,500 B): about 1.8 KB that buys availability during
 * outages and about 100 ms off every cold start through the agent. Raised to 20,500 B when the
 * runtime gained AppConfig's native feature flags and the engine its rule tables (20,015 B with every
 * export; the seed handler's own ceiling is in test/packages/seed-handler-bundle.test.ts).
 */
const GZIPPED_CEILING_BYTES = 20_500;

async function gzippedRuntimeBytes(): Promise<number> {
  const result = await build({
    entryPoints: ["runtime/index.ts"],
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "node",
    external: OPTIONAL_PACKAGES,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  return gzipSync(output?.contents ?? new Uint8Array(), { level: 9 }).length;
}

describe("the runtime bundle", () => {
  it(`stays under ${GZIPPED_CEILING_BYTES} bytes minified and gzipped, without the AWS SDK`, async () => {
    const bytes = await gzippedRuntimeBytes();
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(GZIPPED_CEILING_BYTES);
  });

  it("contains nothing from generator/ and no package but the optional, lazily loaded ones", async () => {
    const { files, imports } = await bundleInputs("runtime/index.ts", OPTIONAL_PACKAGES);
    expect(files.filter((file) => !file.startsWith("runtime/"))).toEqual([]);
    const packages = imports.filter((item) => !item.path.startsWith(".") && !item.path.startsWith("runtime/"));
    expect(packages.every((item) => item.kind === "dynamic-import" || item.path.startsWith("node:"))).toBe(true);
  });
});
