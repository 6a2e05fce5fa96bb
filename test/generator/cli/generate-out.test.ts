import { stat } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeProject, removeProject, runIn, SEED_FLAGS, snapshot } from "./cli-harness.js";

let project: string;
beforeEach(async () => {
  project = await makeProject({ "flags/features.json": SEED_FLAGS, "src/main.ts": "export {};\n" });
});
afterEach(async () => {
  await removeProject(project);
});

const exists = (path: string): Promise<boolean> => stat(join(project, path)).then(() => true, () => false);

describe("flagtype generate --out", () => {
  it("rejects a file name ending in .ts as a usage error and creates nothing", async () => {
    const before = await snapshot(project);
    const run = await runIn(project, ["generate", "--out", "src/flags.ts"]);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: 'flagtype: --out is the directory flagtype writes one <name>.ts per flags file into, not a file: "src/flags.ts" (for modules in src, use --out src)\n',
    });
    expect(await exists("src/flags.ts")).toBe(false);
    expect(await snapshot(project)).toEqual(before);
  });

  it.each([["--check"], ["--watch"]])("rejects it with %s too, before reading anything", async (mode) => {
    const run = await runIn(project, ["generate", mode, "--out", "flags.mts"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a file: "flags.mts" (for modules in ., use --out .)');
    expect(await exists("flags.mts")).toBe(false);
  });

  it("rejects an existing regular file, which it leaves untouched", async () => {
    const before = await snapshot(project);
    const run = await runIn(project, ["generate", "--out", "src/main.ts/"]);
    expect(run.code).toBe(2);
    const other = await runIn(project, ["generate", "--out", "flags/features.json"]);
    expect(other).toEqual({
      code: 2,
      stdout: "",
      stderr: 'flagtype: --out is the directory flagtype writes one <name>.ts per flags file into, but "flags/features.json" is an existing file\n',
    });
    expect(await snapshot(project)).toEqual(before);
  });

  it("still accepts a directory, existing or not, whatever its name", async () => {
    expect(await runIn(project, ["generate", "--out", "src"])).toMatchObject({ code: 0, stdout: "wrote src/features.ts\n" });
    expect(await runIn(project, ["generate", "--out", "src/flags.v2"])).toMatchObject({ code: 0, stdout: "wrote src/flags.v2/features.ts\n" });
  });
});
