import { readFileSync } from "node:fs";

/**
 * flagtype's version from its package.json, found by walking up from this module (the sources
 * sit two levels below it, the build three: generator/dist/cli-kit/).
 * @example packageVersion() // "0.1.0"
 */
export function packageVersion(): string {
  for (let url = new URL("package.json", import.meta.url); ; url = new URL("../package.json", url)) {
    const manifest = readManifest(url);
    if (manifest?.name === "flagtype" && typeof manifest.version === "string") return manifest.version;
    if (url.pathname === "/package.json") return "unknown";
  }
}

function readManifest(url: URL): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(url, "utf8")) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}
