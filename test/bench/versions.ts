import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";

/** Packages whose versions the report prints (read from their installed package.json). */
const PACKAGES = [
  "@openfeature/flagd-core",
  "json-logic-engine",
  "@openfeature/server-sdk",
  "@openfeature/core",
  "@growthbook/growthbook",
  "esbuild",
  "ts-morph",
  "json-schema-to-typescript",
  "ajv",
  "jsonc-parser",
  "yargs",
] as const;

/** `[name, version]` rows: node, the machine, flagtype and every peer in the bench. */
export function collectVersions(root: string): (readonly [string, string])[] {
  const cpu = cpus();
  return [
    ["node", process.version],
    ["machine", `${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${process.platform}-${process.arch}`],
    ["flagtype", readVersion(join(root, "generator/package.json"))],
    ["@flagtype/runtime", readVersion(join(root, "runtime/package.json"))],
    ...PACKAGES.map((name) => [name, readVersion(join(root, "node_modules", name, "package.json"))] as const),
  ];
}

function readVersion(manifest: string): string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, "utf8"));
    const version = typeof parsed === "object" && parsed !== null && "version" in parsed ? parsed.version : undefined;
    return typeof version === "string" ? version : "unknown";
  } catch {
    return "not installed";
  }
}
