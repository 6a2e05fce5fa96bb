import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Generated modules import "flagtype/runtime": tests run them against the runtime's sources.
    alias: [{ find: /^flagtype\/runtime$/, replacement: fileURLToPath(new URL("./runtime/index.ts", import.meta.url)) }],
  },
  test: {
    include: ["test/**/*.test.ts", "examples/**/*.test.ts"],
    testTimeout: 20_000,
    pool: "forks",
  },
});
