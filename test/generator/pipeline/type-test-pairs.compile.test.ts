import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import type { Project, SourceFile } from "ts-morph";
import { beforeAll, describe, expect, test } from "vitest";
import { diagnosticText, REPO_ROOT, strictProject } from "../../support/strict-project.js";
import { misuseTable, PAIRS_DIR, readPairs, twinMismatches, type Pair } from "./type-test-pairs.js";

const pairs = readPairs();

/** Users compile generated code with exactOptionalPropertyTypes on or off: both must hold. */
const MODES = [
  { name: "exactOptionalPropertyTypes off", options: { exactOptionalPropertyTypes: false } },
  { name: "exactOptionalPropertyTypes on", options: { exactOptionalPropertyTypes: true } },
] as const;

interface Found {
  readonly line: number;
  readonly column: number;
  readonly code: number;
  readonly text: string;
}

function found(file: SourceFile): Found[] {
  return file.getPreEmitDiagnostics().map((diagnostic) => {
    const { line, column } = file.getLineAndColumnAtPos(diagnostic.getStart() ?? 0);
    return { line, column, code: diagnostic.getCode(), text: diagnosticText(diagnostic) };
  });
}

describe.each(MODES)("type-test pairs, $name", ({ options }) => {
  let project: Project;

  beforeAll(() => {
    project = strictProject({ ...options, noUnusedLocals: true, noUnusedParameters: true, noPropertyAccessFromIndexSignature: true });
    for (const pair of pairs) {
      project.addSourceFileAtPath(pair.correctPath);
      // The misuse file without its directives, beside the original so its imports resolve.
      project.createSourceFile(pair.misusePath.replace(/\.ts$/, ".stripped.ts"), pair.misuseText.replaceAll("// @ts-expect-error", "// expected:"));
    }
    project.resolveSourceFileDependencies();
  });

  test.each(pairs.map((pair) => [pair.name, pair] as const))("%s: the correct twin compiles", (_, pair) => {
    expect(found(project.getSourceFileOrThrow(pair.correctPath)).map((entry) => `${entry.line}: TS${entry.code} ${entry.text}`)).toEqual([]);
  });

  test.each(pairs.map((pair) => [pair.name, pair] as const))("%s: each misuse fails on its own line, with its code, and nothing else fails", (_, pair: Pair) => {
    const diagnostics = found(project.getSourceFileOrThrow(pair.misusePath.replace(/\.ts$/, ".stripped.ts")));
    const lines = pair.misuseText.split("\n");
    const expected = pair.misuses.map((entry) => {
      const at = entry.at === undefined ? undefined : (lines[entry.line - 1] ?? "").indexOf(entry.at) + 1;
      return { line: entry.line, code: entry.code, ...(at === undefined ? {} : { column: at }) };
    });
    const actual = pair.misuses.map((entry) => {
      const [first] = diagnostics.filter((diagnostic) => diagnostic.line === entry.line);
      return first === undefined ? { line: entry.line, code: 0 } : { line: first.line, code: first.code, ...(entry.at === undefined ? {} : { column: first.column }) };
    });
    expect(actual).toEqual(expected);
    const elsewhere = diagnostics.filter((diagnostic) => !pair.misuses.some((entry) => entry.line === diagnostic.line));
    expect(elsewhere.map((entry) => `${entry.line}: TS${entry.code} ${entry.text}`)).toEqual([]);
  });
});

describe("type-test pairs", () => {
  test("cover every category, each with misuses against the inferred, declared and context-free modules between them", () => {
    expect(pairs.map((pair) => pair.name)).toEqual(
      expect.arrayContaining([
        "unknown-flags", "misspelt-accessors", "missing-keys", "wrong-key-types", "scalar-vs-list", "enum-literals", "value-types", "unknown-overrides",
        "override-values", "readonly-values", "union-names", "optional-contexts", "context-free", "name-clashes", "readable-errors",
      ]),
    );
    for (const module of ["catalog.", "shop.", "ops."]) expect(pairs.flatMap((pair) => pair.misuses).filter((entry) => entry.text.includes(module)).length).toBeGreaterThanOrEqual(10);
    for (const pair of pairs) expect(pair.misuses.length, pair.name).toBeGreaterThan(0);
  });

  test("each correct twin is its misuse file with only the misuse lines corrected", () => {
    expect(pairs.flatMap(twinMismatches)).toEqual([]);
  });

  test("docs/generated-code.md lists every misuse in its table", () => {
    const docs = readFileSync(`${REPO_ROOT}docs/generated-code.md`, "utf8");
    expect(docs).toContain(misuseTable(pairs));
  });

  test("the repository's TypeScript (7, native) accepts the pairs and the modules with exactOptionalPropertyTypes on", async () => {
    const tsc = `${REPO_ROOT}node_modules/.bin/tsc`;
    const { stdout } = await promisify(execFile)(tsc, ["-p", `${PAIRS_DIR}tsconfig.exact.json`]).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }));
    expect(stdout).toBe("");
  }, 60_000);
});
