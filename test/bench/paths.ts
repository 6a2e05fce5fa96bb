import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The flagtype checkout: the nearest folder above this module whose package.json
 * is the workspace root. Works from the sources and from the esbuild bundle in `.bench/`.
 */
export function findRepoRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let folder = from; ; folder = dirname(folder)) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest) && readPackageName(manifest) === "flagtype-workspace") return folder;
    if (dirname(folder) === folder) throw new Error(`no flagtype-workspace package.json above ${from}`);
  }
}

function readPackageName(manifest: string): unknown {
  const parsed: unknown = JSON.parse(readFileSync(manifest, "utf8"));
  return typeof parsed === "object" && parsed !== null && "name" in parsed ? parsed.name : undefined;
}
