import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ModuleKind, ModuleResolutionKind, Project, ScriptTarget } from "ts-morph";
import { afterAll, describe, expect, it } from "vitest";
import { diagnosticText, REPO_ROOT } from "../support/strict-project.js";

const BUILT_RUNTIME = join(REPO_ROOT, "runtime/dist/index.d.ts");
const GENERATED = join(REPO_ROOT, "examples/generated/features.ts");

/**
 * A user project that installed @flagtype/runtime alone: the built package copied (not linked) into
 * its node_modules, none of the optional peers (AWS SDK, OpenFeature) anywhere it can see.
 */
function userProject(): string {
  const root = mkdtempSync(join(tmpdir(), "flagtype-user-"));
  const installed = join(root, "node_modules/@flagtype/runtime");
  cpSync(join(REPO_ROOT, "runtime/package.json"), join(installed, "package.json"));
  cpSync(join(REPO_ROOT, "runtime/dist"), join(installed, "dist"), { recursive: true });
  cpSync(GENERATED, join(root, "src/features.ts"));
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
  return root;
}

describe("the published types", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it("type-check a generated module under strict, with lib checks on, without the optional AWS SDK", () => {
    expect(existsSync(BUILT_RUNTIME) && existsSync(GENERATED), "run `npm run build` first").toBe(true);
    const root = userProject();
    roots.push(root);
    const project = new Project({
      skipAddingFilesFromTsConfig: true,
      compilerOptions: {
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        target: ScriptTarget.ES2022,
        module: ModuleKind.NodeNext,
        moduleResolution: ModuleResolutionKind.NodeNext,
        lib: ["lib.es2022.d.ts"],
        types: ["node"],
        typeRoots: [join(REPO_ROOT, "node_modules/@types")],
      },
    });
    project.addSourceFileAtPath(join(root, "src/features.ts"));
    project.resolveSourceFileDependencies();
    const problems = project.getPreEmitDiagnostics().map((diagnostic) => {
      const file = diagnostic.getSourceFile()?.getFilePath().replace(root, "") ?? "";
      return `${file}: ${diagnosticText(diagnostic)}`;
    });
    expect(problems).toEqual([]);
    const program = project.getProgram().compilerObject;
    const loaded = program.getSourceFiles().map((file) => file.fileName);
    expect(loaded.some((name) => name.includes("node_modules/@flagtype/runtime/dist/index.d.ts"))).toBe(true);
  });
});
