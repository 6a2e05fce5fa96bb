import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, removeProject } from "./cli-harness.js";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
let bundleDir: string;
let bin: string;

/**
 * The CLI bundled on the fly (dependencies stay external and resolve from this repository's
 * node_modules), so this test does not depend on a fresh `npm run build`.
 */
beforeAll(async () => {
  bundleDir = await mkdtemp(join(repo, "node_modules", ".cache-flagtype-cli-"));
  bin = join(bundleDir, "cli.mjs");
  await build({ entryPoints: [join(repo, "generator/cli.ts")], bundle: true, platform: "node", format: "esm", packages: "external", outfile: bin, logLevel: "silent" });
});
afterAll(async () => {
  await rm(bundleDir, { recursive: true, force: true });
});

function run(cwd: string, argv: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...argv], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("schema and diff as a separate process", () => {
  it("prints the draft-04 schema (exit 0) and fails a breaking diff (exit 1)", async () => {
    const project = await makeProject({
      "flags/features.json": '{ "checkout_v2": { "default": true } }\n',
      "deployed.json": '{ "checkout_v2": { "default": true }, "legacy": { "default": false } }\n',
    });
    try {
      const schema = await run(project, ["schema"]);
      expect(schema.code).toBe(0);
      expect(JSON.parse(schema.stdout)).toMatchObject({ $schema: "http://json-schema.org/draft-04/schema#" });
      const diff = await run(project, ["diff", "--file", "deployed.json"]);
      expect(diff).toEqual({
        code: 1,
        stdout: "features: flags/features.json vs deployed.json\n  - legacy: removed; code generated from the deployed version still calls isLegacyEnabled  BREAKING\n",
        stderr: "flagtype: 1 breaking change: code generated from the deployed flags would break\n",
      });
    } finally {
      await removeProject(project);
    }
  });
});
