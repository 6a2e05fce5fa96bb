import { readFileSync, writeFileSync } from "node:fs";
import { misuseTable, readPairs } from "./test/generator/pipeline/type-test-pairs.ts";
const path = "docs/generated-code.md";
const docs = readFileSync(path, "utf8");
const start = docs.indexOf("| Category | Does not compile |");
let end = docs.indexOf("\n\n", start);
if (end < 0) end = docs.length;
writeFileSync(path, docs.slice(0, start) + misuseTable(readPairs()) + docs.slice(end));
