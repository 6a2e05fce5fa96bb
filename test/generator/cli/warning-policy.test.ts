import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeProject, removeProject, runIn, SEED_FLAGS, snapshot, writeFiles } from "./cli-harness.js";

// --quiet and --max-warnings for CI: a misspelt "rule" (FT021) leaves the flag static, so CI must be able to fail on it.

const MISSPELT_RULE = '{ "beta": { "default": false, "rule": { "r": { "when_match": true, "conditions": [{ "action": "EQUALS", "key": "tier", "value": "gold" }] } } } }\n';
const FT021 = 'flags/beta.json:1:31 warning FT021 unknown property "rule" in feature "beta" is ignored by the evaluator; did you mean "rules"?\n';
const SECOND_WARNING = '{ "gamma": { "default": false, "rulez": {} } }\n';

let project: string;
beforeEach(async () => {
  project = await makeProject({ "flags/features.json": SEED_FLAGS, "flags/beta.json": MISSPELT_RULE });
});
afterEach(async () => {
  await removeProject(project);
});

const run = (...argv: string[]) => runIn(project, argv);

describe("--quiet still counts the warnings it hides", () => {
  it("validate --quiet: no warning text, their count on stderr, exit 0", async () => {
    expect(await run("validate", "--quiet")).toEqual({ code: 0, stdout: "", stderr: "flagtype: 1 warning not shown (--quiet)\n" });
  });

  it("validate without --quiet prints the warning and counts it in its result line", async () => {
    expect(await run("validate")).toEqual({ code: 0, stdout: "flags: 2 flags files checked, no errors, 1 warning\n", stderr: FT021 });
  });

  it("generate --quiet writes, and counts the warnings it hides", async () => {
    expect(await run("generate", "--quiet")).toEqual({ code: 0, stdout: "", stderr: "flagtype: 1 warning not shown (--quiet)\n" });
    expect(Object.keys(await snapshot(`${project}/generated`))).toEqual(["beta.ts", "features.ts"]);
  });

  it("an error run counts hidden warnings before its summary", async () => {
    await writeFiles(project, { "flags/features.json": '{ "a": { "default": 1 } }\n' });
    const result = await run("validate", "--quiet");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^flags\/features\.json:1:21 error FT030 [^\n]*\nflagtype: 1 warning not shown \(--quiet\)\nflagtype: 1 error\n$/);
  });
});

describe("--max-warnings <n> fails a run with more warnings than n", () => {
  it("validate --max-warnings 0: exit 1, and the warning is printed", async () => {
    expect(await run("validate", "--max-warnings", "0")).toEqual({ code: 1, stdout: "", stderr: `${FT021}flagtype: 1 warning (more than --max-warnings 0)\n` });
  });

  it("prints the warnings that fail the run even with --quiet", async () => {
    expect(await run("validate", "--quiet", "--max-warnings", "0")).toEqual({ code: 1, stdout: "", stderr: `${FT021}flagtype: 1 warning (more than --max-warnings 0)\n` });
  });

  it("allows up to n warnings", async () => {
    expect((await run("validate", "--max-warnings", "1")).code).toBe(0);
    await writeFiles(project, { "flags/gamma.json": SECOND_WARNING });
    const result = await run("validate", "--max-warnings", "1");
    expect(result.code).toBe(1);
    expect(result.stderr.endsWith("flagtype: 2 warnings (more than --max-warnings 1)\n")).toBe(true);
    expect(result.stderr.split("\n").filter((line) => line.includes(" warning FT021 "))).toHaveLength(2);
  });

  it("names errors and too many warnings together", async () => {
    await writeFiles(project, { "flags/features.json": '{ "a": { "default": 1 } }\n' });
    const result = await run("validate", "--max-warnings", "0");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(FT021);
    expect(result.stderr).toMatch(/\n[^\n]* error FT030 [^\n]*\nflagtype: 1 error, 1 warning \(more than --max-warnings 0\)\n$/);
  });

  it("generate --max-warnings 0: exit 1 and nothing written", async () => {
    const before = await snapshot(project);
    expect(await run("generate", "--max-warnings", "0")).toEqual({
      code: 1,
      stdout: "",
      stderr: `${FT021}flagtype: 1 warning (more than --max-warnings 0); nothing written\n`,
    });
    expect(await snapshot(project)).toEqual(before);
  });

  it("generate --check --max-warnings 0 fails on the warning although the output is fresh", async () => {
    expect((await run("generate")).code).toBe(0);
    expect((await run("generate", "--check")).code).toBe(0);
    expect(await run("generate", "--check", "--quiet", "--max-warnings", "0")).toEqual({
      code: 1,
      stdout: "",
      stderr: `${FT021}flagtype: 1 warning (more than --max-warnings 0) in the flags files; cannot check generated\n`,
    });
  });

  it("generate --watch --max-warnings 0 writes nothing on a run with warnings", async () => {
    const result = await runIn(project, ["generate", "--watch", "--max-warnings", "0"], AbortSignal.abort());
    expect(result.stderr).toBe(`${FT021}flagtype: 1 warning (more than --max-warnings 0); nothing written\n`);
    expect(await snapshot(`${project}/generated`)).toEqual({});
  });

  it("passes a clean run", async () => {
    await writeFiles(project, { "flags/beta.json": MISSPELT_RULE.replace('"rule"', '"rules"') });
    expect(await run("validate", "--quiet", "--max-warnings", "0")).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(await run("generate", "--quiet", "--max-warnings", "0")).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it.each([["-1"], ["1.5"], ["many"]])("--max-warnings %s is a usage error (exit 2)", async (value) => {
    for (const command of ["validate", "generate"]) {
      const result = await run(command, `--max-warnings=${value}`);
      expect(result).toEqual({ code: 2, stdout: "", stderr: "flagtype: --max-warnings takes a whole number of warnings, 0 or more\n" });
    }
    expect(await snapshot(`${project}/generated`)).toEqual({});
  });

  it("without a value, or given twice, is a usage error too", async () => {
    expect((await run("validate", "--max-warnings")).code).toBe(2);
    expect(await run("generate", "--max-warnings", "0", "--max-warnings", "1")).toEqual({ code: 2, stdout: "", stderr: "flagtype: --max-warnings takes one value\n" });
  });
});
