import { describe, expect, it } from "vitest";
import { loadFlagsSources } from "../../../generator/pipeline/load/load-flags-source.js";
import { buildModuleModel } from "../../../generator/pipeline/model/build-module-model.js";
import { benchFlagsDocument } from "./flags-document.js";

describe("benchFlagsDocument", () => {
  it("holds the number of flags asked for, the same bytes every time", () => {
    const text = benchFlagsDocument(120);
    expect(Object.keys(JSON.parse(text) as object)).toHaveLength(120);
    expect(benchFlagsDocument(120)).toBe(text);
  });

  it("is a flags file the generator accepts without a finding, with flags of every kind", async () => {
    const { files, diagnostics } = loadFlagsSources("flags", [{ path: "flags/features.json", text: benchFlagsDocument(40) }]);
    expect(diagnostics).toEqual([]);
    const [file] = files;
    if (!file) throw new Error("the document did not load");
    const { model, diagnostics: modelDiagnostics } = await buildModuleModel(file);
    expect(modelDiagnostics).toEqual([]);
    expect(new Set(model?.flags.map((flag) => `${flag.kind} ${flag.contextTypeName === undefined ? "static" : "with rules"}`))).toEqual(
      new Set(["boolean static", "boolean with rules", "value with rules"]),
    );
  });
});
