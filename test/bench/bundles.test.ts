import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildBundle, RUNTIME_EXTERNALS } from "./bundles.js";
import { findRepoRoot } from "./paths.js";

describe("buildBundle", () => {
  it("writes a minified bundle and measures it, keeping the externals out", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "flagtype-bench-"));
    const target = { name: "Cold Entry (probe)", entry: "test/bench/cold-start/flagtype-entry.ts", external: RUNTIME_EXTERNALS };
    const built = await buildBundle(findRepoRoot(), outDir, target);
    expect(built.file).toBe(join(outDir, "cold-entry-probe.mjs"));
    expect(readFileSync(built.file).byteLength).toBe(built.minifiedBytes);
    expect(built.gzippedBytes).toBeLessThan(built.minifiedBytes);
    const paths = built.composition.map((input) => input.path);
    expect(paths).toContain("runtime/engine/compile.ts");
    expect(paths.some((path) => path.includes("node_modules"))).toBe(false);
    expect(built.composition.reduce((sum, input) => sum + input.bytes, 0)).toBeLessThanOrEqual(built.minifiedBytes);
  });
});
