import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the demo finds the flagtype package it belongs to. */
export interface PackagePaths {
  readonly root: string;
  /** The `flagtype` bin as package.json publishes it (the built CLI). */
  readonly bin: string;
  /** The example project's flags file, the one the generated module was built from. */
  readonly flagsFile: string;
}

/**
 * Resolves the package through its own name, so the demo works from `dist-examples/` and from a checkout.
 * @example packagePaths().bin // "/repo/dist/generator/cli.js"
 */
export function packagePaths(): PackagePaths {
  const manifestPath = fileURLToPath(import.meta.resolve("flagtype/package.json"));
  const root = dirname(manifestPath);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin?: Record<string, string> };
  const bin = manifest.bin?.["flagtype"];
  if (bin === undefined) throw new Error(`${manifestPath} declares no "flagtype" bin`);
  return { root, bin: join(root, bin), flagsFile: join(root, "flags", "features.json") };
}
