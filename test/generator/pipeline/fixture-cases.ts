import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { loadFlagsSources } from "../../../generator/pipeline/load/load-flags-source.js";
import type { SourceText } from "../../../generator/pipeline/load/flags-source.js";
import type { LoadedFlagsFile } from "../../../generator/pipeline/load/loaded-file.js";
import type { Diagnostic } from "../../../generator/pipeline/diagnostics.js";

/** Folder of the generator's fixture cases: `<case>/flags/*.json` in, `<case>/expected/*` out. */
export const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** How expected outputs import the runtime: relative, so the project's own `tsc` checks them too. */
export const RUNTIME_IMPORT_FROM_EXPECTED = "../../../../../runtime/index.js";

export async function listCases(): Promise<string[]> {
  const entries = await readdir(FIXTURES_DIR, { withFileTypes: true });
  const cases = await Promise.all(
    entries.filter((entry) => entry.isDirectory()).map(async (entry) => ((await hasFlags(entry.name)) ? [entry.name] : [])),
  );
  return cases.flat().sort();
}

async function hasFlags(name: string): Promise<boolean> {
  return (await readdir(`${FIXTURES_DIR}${name}`)).includes("flags");
}

/** The case's flags folder as the CLI would read it, paths shown as `flags/<file>`. */
export async function readCaseSources(name: string): Promise<SourceText[]> {
  const dir = `${FIXTURES_DIR}${name}/flags`;
  const files = (await readdir(dir)).filter((file) => file.endsWith(".json")).sort();
  return Promise.all(files.map(async (file) => ({ path: `flags/${file}`, text: await readFile(`${dir}/${file}`, "utf8") })));
}

/** Loaded through the real loader, which must accept every fixture. */
export async function loadCase(name: string): Promise<{ files: LoadedFlagsFile[]; diagnostics: Diagnostic[] }> {
  return loadFlagsSources("flags", await readCaseSources(name));
}
