import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../../generator/pipeline/diagnostics.js";
import { loadFlagsSources } from "../../../../generator/pipeline/load/load-flags-source.js";
import type { SourceText } from "../../../../generator/pipeline/load/flags-source.js";
import { pairFlagsSources } from "../../../../generator/pipeline/load/pair-flags-sources.js";

const VALID = '{\n  "beta": { "default": false }\n}\n';
const source = (path: string, text: string): SourceText => ({ path, text });

describe("loadFlagsSources", () => {
  it.each([
    ["one valid file", [source("flags/features.json", VALID)], ["features"], []],
    ["files sorted by name, declared types files not counted as flags files", [
      source("flags/b.json", VALID),
      source("flags/a.schema.json", "{}"),
      source("flags/a.json", VALID),
    ], ["a", "b"], []],
    ["no flags file at all", [], [], ["flags:1:1 error FT002 no flags files (*.json) in flags"]],
    ["only declared types", [source("flags/a.schema.json", "{}")], [], [
      "flags:1:1 error FT002 no flags files (*.json) in flags",
      "flags/a.schema.json:1:1 warning FT040 declared types file has no flags file a.json next to it; it is ignored",
    ]],
    ["a broken file is left out, the others still load, all findings are reported", [
      source("flags/a.json", '{\n  "x": { "default": true },\n}'),
      source("flags/b.json", '{ "y": { "default": "on" } }'),
      source("flags/c.json", VALID),
    ], ["c"], [
      "flags/a.json:2:27 error FT012 trailing comma is not allowed in JSON",
      'flags/b.json:1:21 error FT030 default must be true or false; found the string "on" (set "boolean_type": false for other values)',
    ]],
    ["a broken declared types file keeps its flags file out", [
      source("flags/a.json", VALID),
      source("flags/a.schema.json", '{"context": }'),
    ], [], ["flags/a.schema.json:1:13 error FT010 expected a value, found '}'"]],
    ["warnings alone keep a file in", [source("flags/a.json", '{ "x": { "default": true, "rule": {} } }')], ["a"], [
      'flags/a.json:1:27 warning FT021 unknown property "rule" in feature "x" is ignored by the evaluator; did you mean "rules"?',
    ]],
  ])("%s", (_label, sources, names, diagnostics) => {
    const result = loadFlagsSources("flags", sources);
    expect(result.files.map((file) => file.name)).toEqual(names);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(diagnostics);
  });

  it("attaches a declared types file to the flags file of the same name", () => {
    const [file] = loadFlagsSources("flags", [
      source("flags/billing.schema.json", '{ "context": {} }'),
      source("flags/billing.json", VALID),
    ]).files;
    expect(file?.flags.file).toBe("flags/billing.json");
    expect(file?.declaredTypes?.file).toBe("flags/billing.schema.json");
    expect(file?.declaredTypes?.value).toEqual({ context: {} });
    expect(file?.flags.positionOf(["beta", "default"])).toEqual({ line: 2, column: 24 });
  });
});

describe("pairFlagsSources with files that could not be read", () => {
  it("counts an unreadable flags file as present: no spurious FT002, its profile listed, no source", () => {
    const paired = pairFlagsSources("flags", [source("flags/b.json", VALID)], ["flags/a.json"]);
    expect(paired.profiles).toEqual(["a", "b"]);
    expect(paired.sources.map((entry) => entry.profile)).toEqual(["b"]);
    expect(paired.diagnostics).toEqual([]);
    expect(pairFlagsSources("flags", [], ["flags/a.json"]).diagnostics).toEqual([]);
  });

  it("holds back a flags file whose declared types could not be read, without calling them orphans", () => {
    const paired = pairFlagsSources("flags", [source("flags/a.json", VALID)], ["flags/a.schema.json"]);
    expect(paired.profiles).toEqual(["a"]);
    expect(paired.sources).toEqual([]);
    expect(paired.diagnostics).toEqual([]);
  });
});
