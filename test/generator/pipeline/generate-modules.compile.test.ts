import { readdir } from "node:fs/promises";
import type { Project, Diagnostic as TsDiagnostic } from "ts-morph";
import { beforeAll, describe, expect, test } from "vitest";
import { generateModules } from "../../../generator/pipeline/generate-modules.js";
import { diagnosticText, REPO_ROOT as ROOT, strictProject } from "../../support/strict-project.js";
import { FIXTURES_DIR, listCases, loadCase } from "./fixture-cases.js";

/** Stricter than the project: generated code must survive any strict user configuration. */
const STRICTER = {
  exactOptionalPropertyTypes: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noImplicitOverride: true,
  noPropertyAccessFromIndexSignature: true,
};

function messages(diagnostics: readonly TsDiagnostic[]): string[] {
  return diagnostics.map((diagnostic) => {
    const file = diagnostic.getSourceFile()?.getFilePath() ?? "";
    return `${file.replace(ROOT, "")}:${diagnostic.getLineNumber() ?? 0} ${diagnosticText(diagnostic)}`;
  });
}

describe("generated code compiles under strict settings", () => {
  let project: Project;
  let checked: string[];

  beforeAll(async () => {
    project = strictProject(STRICTER);
    const expected = (await listCases()).map((name) => `${FIXTURES_DIR}${name}/expected`);
    const files = (await Promise.all(expected.map(async (dir) => (await readdir(dir).catch(() => [])).map((file) => `${dir}/${file}`))))
      .flat()
      .filter((file) => file.endsWith(".ts"));
    checked = [...files, `${FIXTURES_DIR}type-tests/generated-api.ts`];
    for (const file of checked) project.addSourceFileAtPath(file);
    const { modules } = await generateModules((await loadCase("seed")).files, { runtimeImport: "@flagtype/runtime" });
    for (const module of modules) {
      project.createSourceFile(`${ROOT}test/generator/virtual-output/${module.fileName}`, module.text);
      checked.push(`${ROOT}test/generator/virtual-output/${module.fileName}`);
    }
    project.resolveSourceFileDependencies();
  });

  test("every expected output, the type tests and a module importing @flagtype/runtime: zero diagnostics", () => {
    expect(checked.length).toBeGreaterThanOrEqual(7);
    const diagnostics = checked.flatMap((file) => project.getSourceFileOrThrow(file).getPreEmitDiagnostics());
    expect(messages(diagnostics)).toEqual([]);
  });

  test("the type tests fail to compile when their @ts-expect-error lines are removed", () => {
    const typeTests = project.getSourceFileOrThrow(`${FIXTURES_DIR}type-tests/generated-api.ts`);
    const stripped = project.createSourceFile(
      `${FIXTURES_DIR}type-tests/stripped-api.ts`,
      typeTests.getFullText().replaceAll("// @ts-expect-error", "// expected:"),
    );
    const expectedErrors = typeTests.getFullText().split("// @ts-expect-error").length - 1;
    const errorLines = new Set(stripped.getPreEmitDiagnostics().map((diagnostic) => diagnostic.getLineNumber()));
    expect(expectedErrors).toBeGreaterThanOrEqual(10);
    expect(errorLines.size).toBe(expectedErrors);
    project.removeSourceFile(stripped);
  });
});
