// Preloaded by lazy-loading.test.ts (`node --require`): when the process exits, writes the names of
// the packages it loaded CommonJS modules from, one a line, to the file named by
// FLAGTYPE_LOADED_PACKAGES. ts-morph, its TypeScript and json-schema-to-typescript are CommonJS,
// and ES `import`s of CommonJS modules go through the same cache, so static and lazy loads show.
"use strict";
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const parts = file.split(/[\\/]/);
    const at = parts.lastIndexOf("node_modules");
    if (at < 0 || at + 1 >= parts.length) continue;
    const name = parts[at + 1];
    names.add(name.startsWith("@") ? `${name}/${parts[at + 2]}` : name);
  }
  writeFileSync(process.env.FLAGTYPE_LOADED_PACKAGES, [...names].sort().join("\n"));
});
