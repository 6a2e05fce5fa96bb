import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Generated modules and the generator import "@flagtype/runtime": tests run them all against the
    // runtime's sources (one copy of its classes), spawned CLIs and the examples against the build.
    alias: [
      { find: /^@flagtype\/runtime$/, replacement: source("./runtime/index.ts") },
      { find: /^@flagtype\/runtime\/openfeature$/, replacement: source("./runtime/openfeature/index.ts") },
      { find: /^@flagtype\/runtime\/tooling$/, replacement: source("./runtime/tooling.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts", "examples/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 20_000,
    pool: "forks",
    // A missing expected file (toMatchFileSnapshot) fails like a changed one, also outside CI, where
    // vitest would otherwise write it and pass: expected output is only ever written by `vitest -u`.
    update: "none",
  },
});
