import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { makeTestProject, SEED_FLAGS } from "./cli-harness.js";

// TypeScript takes longer to load than most flags files take to check: only what needs a
// TypeScript program (declared types, `unused`) may load it. A static import of ts-morph anywhere
// on the path of the commands below makes these tests fail.

const bin = fileURLToPath(new URL("../../../generator/dist/cli.js", import.meta.url));
const probe = fileURLToPath(new URL("./loaded-packages-probe.cjs", import.meta.url));
const TYPESCRIPT_PACKAGES = ["@ts-morph/common", "json-schema-to-typescript", "ts-morph", "typescript"];

const DECLARED_FLAGS = '{ "premium": { "default": false, "rules": { "p": { "when_match": true, "conditions": [{ "action": "EQUALS", "key": "tier", "value": "premium" }] } } } }\n';
const DECLARED_TYPES = '{ "context": { "type": "object", "properties": { "tier": { "enum": ["free", "premium"] } }, "required": ["tier"] } }\n';

/** Runs the built bin in `cwd` and returns its exit code and the packages it loaded. */
function runProbed(cwd: string, argv: readonly string[]): Promise<{ code: number | null; stderr: string; packages: string[] }> {
  const report = join(cwd, "loaded-packages.txt");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", probe, bin, ...argv], {
      cwd,
      env: { ...process.env, FLAGTYPE_LOADED_PACKAGES: report },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      readFile(report, "utf8").then((text) => resolve({ code, stderr, packages: text.split("\n").filter(Boolean) }), reject);
    });
  });
}

const typescriptIn = (packages: readonly string[]) => packages.filter((name) => TYPESCRIPT_PACKAGES.includes(name));

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" before the tests (CI does)`);
});

describe("what the CLI loads", () => {
  it("--help loads no TypeScript and no pipeline library", async () => {
    const project = await makeTestProject({});
    const run = await runProbed(project, ["--help"]);
    expect(run.code).toBe(0);
    expect(typescriptIn(run.packages)).toEqual([]);
    expect(run.packages).not.toContain("ajv");
    expect(run.packages).not.toContain("jsonc-parser");
  });

  it("validate and generate without declared types load no TypeScript", async () => {
    const project = await makeTestProject({ "flags/features.json": SEED_FLAGS });
    const validate = await runProbed(project, ["validate"]);
    expect(validate).toMatchObject({ code: 0, stderr: "" });
    expect(validate.packages).toContain("jsonc-parser"); // the probe sees the pipeline's CommonJS libraries
    expect(typescriptIn(validate.packages)).toEqual([]);
    const generate = await runProbed(project, ["generate"]);
    expect(generate).toMatchObject({ code: 0, stderr: "" });
    expect(typescriptIn(generate.packages)).toEqual([]);
  });

  it("a declared types file loads json-schema-to-typescript and ts-morph (so the probe sees them)", async () => {
    const project = await makeTestProject({ "flags/shop.json": DECLARED_FLAGS, "flags/shop.schema.json": DECLARED_TYPES });
    const validate = await runProbed(project, ["validate"]);
    expect(validate).toMatchObject({ code: 0, stderr: "" });
    expect(typescriptIn(validate.packages)).toEqual(["@ts-morph/common", "json-schema-to-typescript", "ts-morph"]);
  });
});
