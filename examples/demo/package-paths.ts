import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The example project's flags files, one AppConfig profile each: a Powertools document and a native one. */
export const EXAMPLE_PROFILES = ["features", "checkout"] as const;
export type ExampleProfile = (typeof EXAMPLE_PROFILES)[number];

/** Where the demo finds the flagtype CLI and the example project's flags. */
export interface PackagePaths {
  /** The example project's root: the folder holding `flags/` and `examples/`. */
  readonly root: string;
  /** The `flagtype` bin as the CLI package publishes it (the built CLI). */
  readonly bin: string;
  /** The example project's flags files, the ones the generated modules were built from: `flags/<profile>.json`. */
  readonly flagsFiles: Readonly<Record<ExampleProfile, string>>;
}

/**
 * Resolves the CLI through its package name (as an installed dev dependency would be found) and the
 * flags files from the repository the demo sits in, so the demo works from `examples/dist/` and from sources.
 * @example packagePaths().bin // "/repo/generator/dist/cli.js"
 */
export function packagePaths(): PackagePaths {
  const manifestPath = fileURLToPath(import.meta.resolve("flagtype/package.json"));
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin?: Record<string, string> };
  const bin = manifest.bin?.["flagtype"];
  if (bin === undefined) throw new Error(`${manifestPath} declares no "flagtype" bin`);
  const root = exampleProjectRoot();
  const flagsFiles = { features: join(root, "flags", "features.json"), checkout: join(root, "flags", "checkout.json") };
  return { root, bin: join(dirname(manifestPath), bin), flagsFiles };
}

/** The nearest folder above this module holding `flags/features.json`. */
function exampleProjectRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, "flags", "features.json"))) return folder;
    if (dirname(folder) === folder) throw new Error(`no flags/features.json above ${start}`);
  }
}
