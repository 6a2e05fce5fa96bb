import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toDraft04Schema } from "../../../generator/commands/schema/draft-04.js";
import { compileSchema, NATIVE_FLAGS_SCHEMA } from "../../../generator/pipeline/load/native/native-schema.js";
import { FEATURE_FLAGS_SCHEMA } from "../../../generator/pipeline/load/schema/feature-flags-schema.js";
import { DOCUMENT_A, DOCUMENT_B, DOCUMENT_C, DOCUMENT_D } from "../../support/native/doc-examples.js";
import { makeTestProject, runIn } from "./cli-harness.js";

describe("flagtype schema", () => {
  it("prints the draft-04 schema by default, as indented JSON", async () => {
    const project = await makeTestProject({});
    const run = await runIn(project, ["schema"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${JSON.stringify(toDraft04Schema(), null, 2)}\n`);
    expect(JSON.parse(run.stdout)).toMatchObject({ $schema: "http://json-schema.org/draft-04/schema#" });
    expect((await runIn(project, ["schema", "--draft-04"])).stdout).toBe(run.stdout);
  });

  it("prints the draft-07 editor schema with --draft-07", async () => {
    const project = await makeTestProject({});
    const run = await runIn(project, ["schema", "--draft-07"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(FEATURE_FLAGS_SCHEMA);
  });

  it("writes the file named by --out and says so", async () => {
    const project = await makeTestProject({});
    const run = await runIn(project, ["schema", "--out", "infra/flags.schema.json"]);
    expect(run).toEqual({ code: 0, stdout: "wrote infra/flags.schema.json\n", stderr: "" });
    expect(JSON.parse(await readFile(join(project, "infra/flags.schema.json"), "utf8"))).toEqual(toDraft04Schema());
  });

  it("exits 1 when the file cannot be written", async () => {
    const project = await makeTestProject({ "taken.txt": "a file, not a directory" });
    const run = await runIn(project, ["schema", "--out", "taken.txt/schema.json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("flagtype: cannot write taken.txt/schema.json:");
  });

  it("prints AWS's schema of native AppConfig documents with --format native: it accepts AWS's examples, and rejects a Powertools document", async () => {
    const project = await makeTestProject({});
    const run = await runIn(project, ["schema", "--format", "native"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${JSON.stringify(NATIVE_FLAGS_SCHEMA, null, 2)}\n`);
    const printed = JSON.parse(run.stdout) as object;
    expect(printed).toMatchObject({ $schema: "http://json-schema.org/draft-07/schema#", $ref: "#/definitions/flagSetDefinition" });
    // The printed schema, compiled as AppConfig reads it (formats checked): the root fix lets documents through.
    const validate = compileSchema(printed);
    for (const document of [DOCUMENT_A, DOCUMENT_B, DOCUMENT_C, DOCUMENT_D]) expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ beta: { default: true } })).toBe(false);
    expect((await runIn(project, ["schema", "--format", "native", "--draft-07"])).stdout).toBe(run.stdout);
    expect((await runIn(project, ["schema", "--format", "powertools"])).stdout).toBe(`${JSON.stringify(toDraft04Schema(), null, 2)}\n`);
  });

  it("writes the native schema with --out", async () => {
    const project = await makeTestProject({});
    const run = await runIn(project, ["schema", "--format", "native", "--out", ".vscode/appconfig-flags.schema.json"]);
    expect(run).toEqual({ code: 0, stdout: "wrote .vscode/appconfig-flags.schema.json\n", stderr: "" });
    expect(JSON.parse(await readFile(join(project, ".vscode/appconfig-flags.schema.json"), "utf8"))).toEqual(NATIVE_FLAGS_SCHEMA);
  });

  it("refuses --draft-04 for the native format, saying why (exit 2)", async () => {
    const project = await makeTestProject({});
    const run = await runIn(project, ["schema", "--format", "native", "--draft-04"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--format native has a draft-07 schema only: AppConfig validates AWS.AppConfig.FeatureFlags profiles with it itself and takes only Lambda validators for them");
    const unknown = await runIn(project, ["schema", "--format", "ion"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Invalid values");
  });

  it("has --help and refuses two drafts at once (exit 2)", async () => {
    const project = await makeTestProject({});
    const help = await runIn(project, ["schema", "--help"]);
    expect(help.code).toBe(0);
    for (const option of ["--format", "--draft-04", "--draft-07", "--out"]) expect(help.stdout).toContain(option);
    expect(help.stdout).toContain("AppConfig validates AWS.AppConfig.FeatureFlags profiles with it itself");
    expect(help.stdout).toContain("only Lambda validators");
    const both = await runIn(project, ["schema", "--draft-04", "--draft-07"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("mutually exclusive");
  });
});
