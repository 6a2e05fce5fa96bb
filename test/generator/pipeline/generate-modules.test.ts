import { ts } from "ts-morph";
import { describe, expect, test } from "vitest";
import { formatDiagnostic } from "../../../generator/pipeline/diagnostics.js";
import { generateModules } from "../../../generator/pipeline/generate-modules.js";
import { loadFlagsSources } from "../../../generator/pipeline/load/load-flags-source.js";
import { toPascalCase } from "../../../generator/pipeline/model/naming.js";
import { FIXTURES_DIR, listCases, loadCase, readCaseSources, RUNTIME_IMPORT_FROM_EXPECTED } from "./fixture-cases.js";

// Expected files are never written by a plain run, not even missing ones (vitest.config.ts): after a
// deliberate change to the output, review and write them with `npx vitest run <this file> -u`.
const options = { runtimeImport: RUNTIME_IMPORT_FROM_EXPECTED };
const cases = await listCases();

describe("generateModules on fixture cases", () => {
  test("has the cases the generator promises", () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        "adversarial", "collisions", "declared-bad-pattern", "declared-errors", "declared-invalid", "declared-schema", "deep-nesting", "empty",
        "every-action", "non-boolean", "seed", "type-api",
      ]),
    );
  });

  test.each(cases)("%s: expected modules, or expected diagnostics and no module", async (name) => {
    const loaded = await loadCase(name);
    expect(loaded.diagnostics.filter((d) => d.code !== "FT033").map(formatDiagnostic)).toEqual([]);
    const { modules, diagnostics } = await generateModules(loaded.files, options);
    for (const module of modules) {
      await expect(module.text).toMatchFileSnapshot(`${FIXTURES_DIR}${name}/expected/${module.fileName}`);
    }
    if (diagnostics.length > 0) {
      const text = `${diagnostics.map(formatDiagnostic).join("\n")}\n`;
      await expect(text).toMatchFileSnapshot(`${FIXTURES_DIR}${name}/expected/diagnostics.txt`);
      const failed = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file.replace(/(\.schema)?\.json$/, ".ts")));
      expect(modules.filter((module) => failed.has(`flags/${module.fileName}`))).toEqual([]);
    }
  });
});

describe("load warnings on fixture cases", () => {
  test("only adversarial warns, about the integer JavaScript rounds it holds on purpose (FT033)", async () => {
    const warned = await Promise.all(cases.map(async (name) => (await loadCase(name)).diagnostics.map((d) => `${name}: ${d.line}:${d.column} ${d.code}`)));
    expect(warned.flat()).toEqual(["adversarial: 82:9 FT033"]);
  });
});

describe("byte stability", () => {
  test.each(cases)("%s: two runs give identical bytes", async (name) => {
    const first = await generateModules((await loadCase(name)).files, options);
    const second = await generateModules((await loadCase(name)).files, options);
    expect(second).toEqual(first);
  });

  test("input order does not change the output", async () => {
    const sources = (await Promise.all(["seed", "non-boolean", "every-action"].map(readCaseSources))).flat();
    const forward = await generateModules(loadFlagsSources("flags", sources).files, options);
    const backward = await generateModules(loadFlagsSources("flags", [...sources].reverse()).files, options);
    expect(backward).toEqual(forward);
    expect(forward.modules.map((module) => module.fileName)).toEqual(["actions.ts", "features.ts", "settings.ts"]);
  });

  test("output uses LF only, ends with one newline, and never mentions a time or an absolute path", async () => {
    const { modules } = await generateModules((await loadCase("adversarial")).files, options);
    for (const { text } of modules) {
      expect(text).not.toMatch(/\r/);
      expect(text.endsWith("\n") && !text.endsWith("\n\n")).toBe(true);
      expect(text).not.toContain(FIXTURES_DIR);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    }
  });
});

describe("exported names", () => {
  function exportedTypeNames(text: string): string[] {
    const source = ts.createSourceFile("module.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    return source.statements.flatMap((statement) =>
      (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
        ? [statement.name.text]
        : [],
    );
  }

  // Native modules also export <Flag>Variant: the names of a multi-variant flag's variants.
  test.each(cases)("%s: every exported type is the module's (its prefix) or a flag's (<Flag>Context, <Flag>Value, <Flag>Variant), so modules share a barrel", async (name) => {
    const { files } = await loadCase(name);
    const { modules } = await generateModules(files, options);
    for (const module of modules) {
      const file = files.find((loaded) => `${loaded.name}.ts` === module.fileName);
      const prefix = toPascalCase(file?.name ?? "") ?? "";
      expect(prefix, module.fileName).not.toBe(""); // an empty prefix would let every name through
      const document = file?.flags.value as Record<string, object>;
      const flagKeys = Object.keys((file?.format === "native" ? document.flags : document) ?? {});
      const perFlag = file?.format === "native" ? ["Context", "Value", "Variant"] : ["Context", "Value"];
      const flagTypes = flagKeys.flatMap((key) => perFlag.map((suffix) => `${toPascalCase(key)}${suffix}`));
      const foreign = exportedTypeNames(module.text).filter((type) => !type.startsWith(prefix) && !flagTypes.includes(type));
      expect(foreign, module.fileName).toEqual([]);
    }
  });
});

describe("invisible characters", () => {
  // Raw, a bidi override or a zero-width character makes a reviewer read other code than the
  // compiler does (CVE-2021-42574); tab and line feed are the only controls allowed, as layout.
  const INVISIBLE_RAW = /(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

  test.each(cases)("%s: none reaches the output raw", async (name) => {
    const { modules } = await generateModules((await loadCase(name)).files, options);
    for (const { fileName, text } of modules) expect(INVISIBLE_RAW.exec(text)?.index, fileName).toBeUndefined();
  });

  test("the adversarial fixture has them in descriptions, keys, rule names and values", async () => {
    const [source] = await readCaseSources("adversarial");
    for (const char of ["\u0000", "\u202e", "\u2066", "\u200f", "\ufeff", "\u061c"]) expect(JSON.parse(source?.text ?? "{}")["invisible_text"]?.description).toContain(char);
  });
});

describe("runtime import", () => {
  test("defaults to the option given, escaped as a string literal", async () => {
    const { files } = await loadCase("seed");
    const { modules } = await generateModules(files, { runtimeImport: "@flagtype/runtime" });
    expect(modules[0]?.text).toContain('} from "@flagtype/runtime";');
    const odd = await generateModules(files, { runtimeImport: 'x";\nimport "evil' });
    expect(odd.modules[0]?.text).toContain('} from "x\\";\\nimport \\"evil";');
  });
});
