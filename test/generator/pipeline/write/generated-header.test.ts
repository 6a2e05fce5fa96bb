import { describe, expect, it } from "vitest";
import { generateModules } from "../../../../generator/pipeline/generate-modules.js";
import { loadFlagsSources } from "../../../../generator/pipeline/load/load-flags-source.js";
import { isGeneratedByFlagtype } from "../../../../generator/pipeline/write/generated-marker.js";
import { listCases, loadCase } from "../fixture-cases.js";

// The write stage recognises its own files by the header the emitter prints; if the two drifted
// apart, flagtype would refuse to regenerate the files it wrote itself.

const options = { runtimeImport: "@flagtype/runtime" };
const cases = await listCases();

describe("every module the emitter prints is one the write stage owns", () => {
  it.each(cases)("%s", async (name) => {
    const { modules } = await generateModules((await loadCase(name)).files, options);
    for (const module of modules) expect(isGeneratedByFlagtype(module.text), module.fileName).toBe(true);
  });

  it.each([["flags"], ["odd*"], ["../config/my flags"], ["fl\u2028ags"]])("also from a flags folder named %j", async (folder) => {
    const loaded = loadFlagsSources(folder, [{ path: `${folder}/features.json`, text: '{ "beta": { "default": true } }' }]);
    const { modules } = await generateModules(loaded.files, options);
    expect(modules).toHaveLength(1);
    expect(isGeneratedByFlagtype(modules[0]?.text ?? "")).toBe(true);
  });
});
