import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the demo finds the flagtype CLI and the example project's flags. */
export interface PackagePaths {
  /** The example project's root: the folder holding `flags/` and `examples/`. */
  readonly root: string;
  /** The `flagtype` bin as the CLI package publishes it (the built CLI). */
  readonly bin: string;
  /** The example project's flags file, the one the generated module was built from. */
  readonly flagsFile: string;
}

/**
 * Resolves the CLI through its package name (as an installed dev dependency would be found) and the
 * flags file from the repository the demo sits in, so the demo works from `examples/dist/` and from sources.
 * @example packagePaths().bin // "/repo/generator/dist/cli.js"
 */
export function packagePaths(): PackagePaths {
  const manifestPath = fileURLToPath(import.meta.resolve("flagtype/package.json"));
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin?: Record<string, string> };
  const bin = manifest.bin?.["flagtype"];
  if (bin === undefined) throw new Error(`${manifestPath} declares no "flagtype" bin`);
  const root = exampleProjectRoot();
  return { root, bin: join(dirname(manifestPath), bin), flagsFile: join(root, "flags", "features.json") };
}

/** The nearest folder above this module holding `flags/features.json`. */
function exampleProjectRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, "flags", "features.json"))) return folder;
    if (dirname(folder) === folder) throw new Error(`no flags/features.json above ${start}`);
  }
}
