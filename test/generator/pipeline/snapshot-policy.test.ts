import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

// The fixture cases compare generated modules with expected files (toMatchFileSnapshot). Outside CI
// vitest would write a missing expected file and pass; the project's config makes it fail instead,
// so a deleted or misnamed expected file cannot turn into a passing test. Checked by running vitest
// with the project's config on a probe test in a scratch project.

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const VITEST = join(ROOT, "node_modules/vitest/vitest.mjs");

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), "flagtype-snapshots-"));
  await mkdir(join(scratch, "test"));
  // Globals instead of an import: the scratch project has no node_modules to find vitest in.
  await writeFile(join(scratch, "test/probe.test.ts"), 'test("probe", async () => { await expect("generated\\n").toMatchFileSnapshot("./expected/probe.ts"); });\n');
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function vitest(...extra: string[]): { status: number | null; output: string } {
  const env = { ...process.env };
  for (const name of ["CI", "UPDATE_SNAPSHOT", "VITEST", "VITEST_POOL_ID", "VITEST_WORKER_ID", "NODE_OPTIONS"]) delete env[name];
  const result = spawnSync(process.execPath, [VITEST, "run", "--config", join(ROOT, "vitest.config.ts"), "--root", scratch, "--globals", ...extra], {
    cwd: scratch,
    env,
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("expected-output snapshots", () => {
  it("fail when the expected file is missing, also outside CI, and write nothing", () => {
    const run = vitest();
    expect(run.output).toContain("mismatched");
    expect(run.status).toBe(1);
    expect(existsSync(join(scratch, "test/expected/probe.ts"))).toBe(false);
  });

  it("are written only by an explicit vitest -u", async () => {
    const run = vitest("-u");
    expect(run.output).toContain("1 written");
    expect(run.status).toBe(0);
    expect(await readFile(join(scratch, "test/expected/probe.ts"), "utf8")).toBe("generated\n");
    expect(vitest().status).toBe(0);
  });
});
