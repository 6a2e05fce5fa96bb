import { describe, expect, test } from "vitest";
import { generateModules } from "../../../generator/pipeline/generate-modules.js";
import { loadFlagsSources } from "../../../generator/pipeline/load/load-flags-source.js";
import type { JsonValue } from "../../../runtime/types.js";
import { diagnosticText, REPO_ROOT, strictProject } from "../../support/strict-project.js";
import { Random, randomDocument } from "./random-documents.js";

const DOCUMENTS = 40;
const OUT = `${REPO_ROOT}test/generator/virtual-random/`;

/** Whether `value` nests no deeper than `levels` (deep values are compiled, not assigned to their type). */
function shallow(value: JsonValue, levels: number): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (levels === 0) return false;
  return (Array.isArray(value) ? value : Object.values(value)).every((member) => shallow(member, levels - 1));
}

/** Every value a value flag may answer, each assigned to the flag's generated value type. */
function valueChecks(module: string, prefix: string, document: { [key: string]: JsonValue }): string[] {
  return Object.entries(document).flatMap(([key, flag]) => {
    const feature = flag as { boolean_type?: boolean; default: JsonValue; rules?: { [name: string]: { when_match?: JsonValue } } };
    if (feature.boolean_type !== false) return [];
    const values = [feature.default, ...Object.values(feature.rules ?? {}).map((rule) => rule.when_match ?? null)];
    return values.filter((value) => shallow(value, 10)).map((value, index) => `export const ${module}_${key}_${index}: ${module}.${prefix}Values[${JSON.stringify(key)}] = ${JSON.stringify(value)};`);
  });
}

describe("random valid documents", () => {
  test(`${DOCUMENTS} documents: no errors, and every module compiles under strict settings (exactOptionalPropertyTypes on) with every value of its flags assignable to their types`, async () => {
    const random = new Random(20_260_101);
    const documents = Array.from({ length: DOCUMENTS }, () => randomDocument(random));
    const sources = documents.map((document, index) => ({ path: `flags/random${index}.json`, text: `${JSON.stringify(document, null, 2)}\n` }));
    const loaded = loadFlagsSources("flags", sources);
    expect(loaded.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    const { modules, diagnostics } = await generateModules(loaded.files, { runtimeImport: "@flagtype/runtime" });
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(modules).toHaveLength(DOCUMENTS);

    const project = strictProject({ exactOptionalPropertyTypes: true, noUnusedLocals: true, noUnusedParameters: true, noPropertyAccessFromIndexSignature: true });
    const checks = documents.map((document, index) => valueChecks(`random${index}`, `Random${index}`, document));
    const imports = checks.flatMap((lines, index) => (lines.length > 0 ? [`import * as random${index} from "./random${index}.js";`] : []));
    for (const module of modules) project.createSourceFile(`${OUT}${module.fileName}`, module.text);
    project.createSourceFile(`${OUT}values.ts`, [...imports, ...checks.flat(), "export {};", ""].join("\n"));
    project.resolveSourceFileDependencies();
    const problems = project.getSourceFiles(`${OUT}*.ts`).flatMap((file) =>
      file.getPreEmitDiagnostics().map((diagnostic) => `${file.getBaseName()}:${diagnostic.getLineNumber() ?? 0} TS${diagnostic.getCode()} ${diagnosticText(diagnostic)}`),
    );
    expect(problems).toEqual([]);
    const flags = documents.reduce((sum, document) => sum + Object.keys(document).length, 0);
    expect(flags).toBeGreaterThan(DOCUMENTS * 2);
  }, 120_000);
});
