#!/usr/bin/env node
// `npm run sync:template`: writes the marked blocks of template.yaml from flags/features.json,
// flags/checkout.json and `flagtype schema --draft-04`. test/examples/infrastructure/template.test.ts
// fails when they drift.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packagePaths } from "../demo/package-paths.js";
import { replaceMarkedBlock, TEMPLATE_BLOCKS } from "./template-blocks.js";

const paths = packagePaths();
const templatePath = join(paths.root, "examples", "infrastructure", "template.yaml");
const schema = execFileSync(process.execPath, [paths.bin, "schema", "--draft-04"], { encoding: "utf8" });
const before = readFileSync(templatePath, "utf8");
let after = replaceMarkedBlock(before, TEMPLATE_BLOCKS.flags, readFileSync(paths.flagsFiles.features, "utf8"));
after = replaceMarkedBlock(after, TEMPLATE_BLOCKS.checkout, readFileSync(paths.flagsFiles.checkout, "utf8"));
after = replaceMarkedBlock(after, TEMPLATE_BLOCKS.schema, schema);
if (after === before) {
  process.stdout.write("examples/infrastructure/template.yaml is up to date\n");
} else {
  writeFileSync(templatePath, after);
  process.stdout.write("wrote examples/infrastructure/template.yaml\n");
}
