import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);

/** The repository root, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** What `npm pack` made of one workspace: the tarball and the files in it. */
export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  readonly tarball: string;
  /** Paths inside the package, e.g. `dist/index.js`. */
  readonly files: readonly string[];
}

/**
 * Packs the two workspaces (after `npm run build`) into a new temporary folder, as `npm publish` would.
 * @example const { runtime, cli, folder } = await packWorkspaces();
 */
export async function packWorkspaces(): Promise<{ folder: string; runtime: PackedPackage; cli: PackedPackage }> {
  const folder = await mkdtemp(join(tmpdir(), "flagtype-pack-"));
  const { stdout } = await run("npm", ["pack", "--workspace", "runtime", "--workspace", "generator", "--json", "--pack-destination", folder], {
    cwd: REPO_ROOT,
    env: { ...process.env, npm_config_loglevel: "error" },
  });
  const packed = (JSON.parse(stdout) as { name: string; version: string; filename: string; files: { path: string }[] }[]).map(
    (entry): PackedPackage => ({ name: entry.name, version: entry.version, tarball: join(folder, entry.filename), files: entry.files.map((file) => file.path) }),
  );
  const byName = (name: string): PackedPackage => {
    const found = packed.find((entry) => entry.name === name);
    if (!found) throw new Error(`npm pack made no ${name}`);
    return found;
  };
  return { folder, runtime: byName("@flagtype/runtime"), cli: byName("flagtype") };
}

/**
 * A new project with `tarballs` installed as a user would (`npm install --omit=dev`), offline.
 * @example const app = await installedProject(folder, [runtime.tarball]);
 */
export async function installedProject(parent: string, tarballs: readonly string[], manifest: object = {}): Promise<string> {
  const root = await mkdtemp(join(parent, "app-"));
  await writeJson(join(root, "package.json"), { name: "user-app", version: "1.0.0", private: true, ...manifest });
  await run("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", "--offline", ...tarballs], { cwd: root });
  return root;
}

/** The packages physically installed in a project's node_modules (nested ones too), as `name@version`. */
export async function installedPackages(root: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (modules: string): Promise<void> => {
    const entries = await readdir(modules, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
      if (entry.name.startsWith(".")) continue;
      const folder = join(modules, entry.name);
      if (entry.name.startsWith("@")) {
        for (const scoped of await readdir(folder)) await visitPackage(join(folder, scoped), `${entry.name}/${scoped}`);
      } else await visitPackage(folder, entry.name);
    }
  };
  const visitPackage = async (folder: string, name: string): Promise<void> => {
    const manifest = JSON.parse(await readFile(join(folder, "package.json"), "utf8")) as { version?: string };
    found.push(`${name}@${manifest.version ?? "?"}`);
    await visit(join(folder, "node_modules"));
  };
  await visit(join(root, "node_modules"));
  return found.sort();
}

/** Total bytes of the files under `folder`. */
export async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}

export async function removeFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

/** Runs `node` (this one) or the repository's `tsc` in `cwd`; never throws, returns what it printed. */
export async function runIn(cwd: string, command: "node" | "tsc", args: readonly string[]): Promise<{ code: number; output: string }> {
  const file = command === "node" ? process.execPath : join(REPO_ROOT, "node_modules/.bin/tsc");
  try {
    const { stdout, stderr } = await run(file, [...args], { cwd });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}
