import type { LoadedFlagsFile } from "../../../../generator/pipeline/load/loaded-file.js";
import { parsePositionedJson } from "../../../../generator/pipeline/load/parse-positioned-json.js";

/** A loaded flags file (and optional declared types) from values, pretty-printed so positions are lines. */
export function loadedFileOf(name: string, document: unknown, declaredTypes?: unknown): LoadedFlagsFile {
  const flags = parsePositionedJson(`flags/${name}.json`, JSON.stringify(document, null, 2)).json;
  if (!flags) throw new Error("fixture is not JSON");
  if (declaredTypes === undefined) return { name, format: "powertools", flags };
  const declared = parsePositionedJson(`flags/${name}.schema.json`, JSON.stringify(declaredTypes, null, 2)).json;
  if (!declared) throw new Error("declared types fixture is not JSON");
  return { name, format: "powertools", flags, declaredTypes: declared };
}

/** One boolean flag whose single rule holds the given conditions. */
export function flagWithConditions(conditions: readonly object[]): Record<string, unknown> {
  return { flag: { default: false, rules: { rule: { when_match: true, conditions } } } };
}
