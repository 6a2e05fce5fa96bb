import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { toDraft04Schema } from "../../../generator/commands/schema/draft-04.js";
import { FEATURE_FLAGS_SCHEMA } from "../../../generator/pipeline/load/schema/feature-flags-schema.js";
import { makeProject, removeProject, runIn } from "./cli-harness.js";

let project: string | undefined;
afterEach(async () => {
  if (project) await removeProject(project);
  project = undefined;
});

describe("flagtype schema", () => {
  it("prints the draft-04 schema by default, as indented JSON", async () => {
    project = await makeProject({});
    const run = await runIn(project, ["schema"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${JSON.stringify(toDraft04Schema(), null, 2)}\n`);
    expect(JSON.parse(run.stdout)).toMatchObject({ $schema: "http://json-schema.org/draft-04/schema#" });
    expect((await runIn(project, ["schema", "--draft-04"])).stdout).toBe(run.stdout);
  });

  it("prints the draft-07 editor schema with --draft-07", async () => {
    project = await makeProject({});
    const run = await runIn(project, ["schema", "--draft-07"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(FEATURE_FLAGS_SCHEMA);
  });

  it("writes the file named by --out and says so", async () => {
    project = await makeProject({});
    const run = await runIn(project, ["schema", "--out", "infra/flags.schema.json"]);
    expect(run).toEqual({ code: 0, stdout: "wrote infra/flags.schema.json\n", stderr: "" });
    expect(JSON.parse(await readFile(join(project, "infra/flags.schema.json"), "utf8"))).toEqual(toDraft04Schema());
  });

  it("exits 1 when the file cannot be written", async () => {
    project = await makeProject({ "taken.txt": "a file, not a directory" });
    const run = await runIn(project, ["schema", "--out", "taken.txt/schema.json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("flagtype: cannot write taken.txt/schema.json:");
  });

  it("has --help and refuses two drafts at once (exit 2)", async () => {
    project = await makeProject({});
    const help = await runIn(project, ["schema", "--help"]);
    expect(help.code).toBe(0);
    for (const option of ["--draft-04", "--draft-07", "--out"]) expect(help.stdout).toContain(option);
    const both = await runIn(project, ["schema", "--draft-04", "--draft-07"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("mutually exclusive");
  });
});
