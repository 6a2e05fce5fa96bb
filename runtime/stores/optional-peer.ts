/**
 * The handler of a failed `import()` of an optional peer dependency: rethrows as an error naming
 * the package to install and the feature that needs it. Written as
 * `import("pkg").catch(missingPeer("pkg", "…"))`, which also tells bundlers (esbuild) that a missing
 * package is handled at run time, so bundling a project without it does not fail.
 * @example
 * const sdk = await import("@aws-sdk/client-appconfigdata").catch(missingPeer("@aws-sdk/client-appconfigdata", "AppConfigStore"));
 */
export function missingPeer(packageName: string, feature: string): (error: unknown) => never {
  return (error) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${feature} needs the optional peer dependency ${packageName}, which could not be loaded (npm install ${packageName}): ${reason}`, {
      cause: error,
    });
  };
}
