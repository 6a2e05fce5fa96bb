import { describe, expect, it } from "vitest";
import { bundleInputs } from "../bundle-inputs.js";

/** Every file and imported path in a bundle of `entry`, with the OpenFeature packages left external. */
async function bundleOf(entry: string) {
  const { files, imports } = await bundleInputs(entry, ["@openfeature/*", "@aws-sdk/*", "@jmespath-community/*"]);
  return { files, imports: imports.map((item) => item.path) };
}

describe("the OpenFeature SDK is an optional peer", () => {
  it("the provider needs nothing from the SDK at run time", async () => {
    const { files, imports } = await bundleOf("runtime/openfeature/index.ts");
    expect(files).toContain("runtime/openfeature/provider.ts");
    expect(imports.filter((path) => path.startsWith("@openfeature/"))).toEqual([]);
  });

  it("the core runtime does not include the provider", async () => {
    const { files, imports } = await bundleOf("runtime/index.ts");
    expect(files).toContain("runtime/feature-flags.ts");
    expect(files.filter((file) => file.startsWith("runtime/openfeature/"))).toEqual([]);
    expect(imports.filter((path) => path.startsWith("@openfeature/"))).toEqual([]);
  });
});
