import { build, type ImportKind } from "esbuild";

/** What went into a bundle: the source files, and every import those files make. */
export interface BundleInputs {
  readonly files: readonly string[];
  readonly imports: readonly { readonly path: string; readonly kind: ImportKind }[];
}

/**
 * Bundles `entry` (paths relative to the repository root, as the tests run there) in memory and
 * reports its inputs; `external` packages stay imports instead of being bundled.
 * @example (await bundleInputs("runtime/index.ts", ["@aws-sdk/*"])).files // ["runtime/index.ts", …]
 */
export async function bundleInputs(entry: string, external: readonly string[]): Promise<BundleInputs> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    external: [...external],
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.values(result.metafile.inputs);
  return { files: Object.keys(result.metafile.inputs), imports: inputs.flatMap((input) => input.imports) };
}
