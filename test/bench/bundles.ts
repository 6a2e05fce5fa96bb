import { build, type Metafile } from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";

/** A bundle the bench builds: for its size, and (when it has an expected output) for cold start. */
export interface BundleTarget {
  readonly name: string;
  /** Entry module, relative to the repository root. */
  readonly entry: string;
  readonly external: readonly string[];
  /** Bundles CommonJS code that calls `require` on Node built-ins. */
  readonly needsRequire?: boolean;
  /** What the bundle prints when run; absent for size-only bundles. */
  readonly expectedOutput?: string;
  /** Import paths to resolve elsewhere, e.g. `@flagtype/runtime` to its sources rather than its build. */
  readonly alias?: Readonly<Record<string, string>>;
}

export interface BuiltBundle {
  readonly target: BundleTarget;
  readonly file: string;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
  /** Minified bytes each source file contributes, largest first. */
  readonly composition: readonly { readonly path: string; readonly bytes: number }[];
}

/** Kept out of flagtype's bundles: the lazily imported AWS SDK and the optional JMESPath envelope. */
export const RUNTIME_EXTERNALS = ["@aws-sdk/*", "@jmespath-community/jmespath"] as const;

// CommonJS dependencies of the peers (object-hash) call require("crypto"); ESM output needs a real require.
const REQUIRE_SHIM = 'import { createRequire as __benchRequire } from "node:module"; const require = __benchRequire(import.meta.url);';

/**
 * Bundles `target` with esbuild (minified, platform node, ESM) into `outDir` and
 * measures it: minified bytes and gzip level 9 bytes.
 * @example await buildBundle(root, ".bench/bundles", { name: "runtime", entry: "runtime/index.ts", external: [] })
 */
export async function buildBundle(root: string, outDir: string, target: BundleTarget): Promise<BuiltBundle> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [target.entry],
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: [...target.external],
    ...(target.alias ? { alias: { ...target.alias } } : {}),
    banner: target.needsRequire ? { js: REQUIRE_SHIM } : {},
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error(`${target.name}: esbuild produced no output`);
  const slug = target.name.replaceAll(/[^a-z0-9]+/gi, "-").replaceAll(/^-|-$/g, "").toLowerCase();
  const file = join(outDir, `${slug}.mjs`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, output.contents);
  return {
    target,
    file,
    minifiedBytes: output.contents.byteLength,
    gzippedBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    composition: compositionOf(result.metafile),
  };
}

function compositionOf(metafile: Metafile | undefined): BuiltBundle["composition"] {
  const [output] = Object.values(metafile?.outputs ?? {});
  return Object.entries(output?.inputs ?? {})
    .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}
