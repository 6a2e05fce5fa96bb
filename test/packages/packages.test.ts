import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderBytes, installedPackages, installedProject, packWorkspaces, removeFolder, REPO_ROOT, runIn, writeJson, type PackedPackage } from "./packed.js";

// The two packages as npm publishes them, installed into fresh projects as users install them.

let folder: string;
let runtime: PackedPackage;
let cli: PackedPackage;
/** A project that installed @flagtype/runtime alone, with --omit=dev. */
let app: string;

beforeAll(async () => {
  ({ folder, runtime, cli } = await packWorkspaces());
  app = await installedProject(folder, [runtime.tarball]);
}, 60_000);
afterAll(() => removeFolder(folder));

const TEST_ONLY = /(?:^|\/)(?:test|tests|__tests__|fixtures?|support)\/|\.test\.|fault-(?:plan|responder)|route-counter|appconfig-management-server|management-(?:api-routes|state|deployments|errors)/;

describe.each([
  ["@flagtype/runtime", () => runtime],
  ["flagtype", () => cli],
])("the %s package", (_name, packed) => {
  it("holds its build, README, LICENSE and manifest, and nothing test-only", () => {
    const files = packed().files;
    expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE"]));
    expect(files.filter((file) => !file.startsWith("dist/") && !["package.json", "README.md", "LICENSE"].includes(file))).toEqual([]);
    expect(files.filter((file) => TEST_ONLY.test(file))).toEqual([]);
    expect(files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
  });

  it("has no source map and no reference to one", async () => {
    const { files } = packed();
    expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
    const root = packed().name === "flagtype" ? join(REPO_ROOT, "generator") : join(REPO_ROOT, "runtime");
    const scripts = files.filter((file) => file.endsWith(".js") || file.endsWith(".d.ts"));
    const referencing = [];
    for (const file of scripts) if ((await readFile(join(root, file), "utf8")).includes("sourceMappingURL")) referencing.push(file);
    expect(referencing).toEqual([]);
  });

  it("declares what npm shows: license, repository, one version for both", async () => {
    const manifest = JSON.parse(await readFile(join(REPO_ROOT, packed().name === "flagtype" ? "generator" : "runtime", "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest["license"]).toBe("MIT");
    expect(manifest["repository"]).toMatchObject({ type: "git" });
    expect(packed().version).toBe(runtime.version);
  });
});

describe("@flagtype/runtime installed alone", () => {
  it("adds exactly one package, under 1 MB, with no dependencies", async () => {
    expect(await installedPackages(app)).toEqual([`@flagtype/runtime@${runtime.version}`]);
    const bytes = await folderBytes(join(app, "node_modules"));
    expect(bytes).toBeLessThan(1_000_000);
    const manifest = JSON.parse(await readFile(join(app, "node_modules/@flagtype/runtime/package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest["dependencies"]).toBeUndefined();
    expect(manifest["sideEffects"]).toBe(false);
  });

  it("evaluates through import (ESM) and require (CommonJS, Node.js >= 20.19), subpath included", async () => {
    const program = (load: string) => `${load}
const flags = new runtime.FeatureFlags({ store: new runtime.InMemoryStore({ beta: { default: false, rules: { r: { when_match: true, conditions: [{ action: "EQUALS", key: "tier", value: "gold" }] } } } }) });
flags.evaluate("beta", { tier: "gold" }, false).then((value) => console.log(value, typeof openfeature.FlagtypeProvider));`;
    await writeFile(join(app, "esm.mjs"), program('import * as runtime from "@flagtype/runtime";\nimport * as openfeature from "@flagtype/runtime/openfeature";'));
    await writeFile(join(app, "cjs.cjs"), program('const runtime = require("@flagtype/runtime");\nconst openfeature = require("@flagtype/runtime/openfeature");'));
    expect(await runIn(app, "node", ["esm.mjs"])).toEqual({ code: 0, output: "true function\n" });
    expect(await runIn(app, "node", ["cjs.cjs"])).toEqual({ code: 0, output: "true function\n" });
  });

  // A CommonJS project (no "type": "module") compiled by the repository's TypeScript in each module mode users pick.
  it.each(["nodenext", "node20", "commonjs"])("resolves its types and runs in a TypeScript project compiling to CommonJS (module %s)", async (mode) => {
    const project = join(app, `ts-${mode}`);
    await mkdir(join(project, "src"), { recursive: true });
    await symlink(join(app, "node_modules"), join(project, "node_modules"));
    await writeJson(join(project, "package.json"), { name: `ts-${mode}`, private: true });
    await writeJson(join(project, "tsconfig.json"), {
      compilerOptions: { module: mode, target: "es2022", lib: ["es2022"], strict: true, rootDir: "src", outDir: "out", skipLibCheck: false, types: ["node"], typeRoots: [join(REPO_ROOT, "node_modules/@types")] },
      include: ["src"],
    });
    await writeFile(
      join(project, "src/index.ts"),
      `import { FeatureFlags, InMemoryStore, compileDocument, type JsonValue } from "@flagtype/runtime";
const flags = new FeatureFlags({ store: new InMemoryStore({ beta: { default: true } }) });
const value: JsonValue | boolean = compileDocument({ beta: { default: false } }).evaluate("beta", {}, true);
// @ts-expect-error evaluate needs a context and a default
void flags.evaluate("beta");
flags.evaluate("beta", {}, false).then((live) => console.log(live, value));
`,
    );
    const compiled = await runIn(project, "tsc", ["-p", "tsconfig.json"]);
    expect(compiled).toEqual({ code: 0, output: "" });
    const output = await readFile(join(project, "out/index.js"), "utf8");
    expect(output).toContain('require("@flagtype/runtime")');
    expect(await runIn(project, "node", ["out/index.js"])).toEqual({ code: 0, output: "true false\n" });
  });
});

describe("flagtype installed as a dev dependency beside @flagtype/runtime", () => {
  it("generates a module that type-checks and runs against the installed runtime, with the CLI's dependencies kept out of production", async () => {
    const project = await installedProject(folder, [], { type: "module" });
    // As a user's `npm install @flagtype/runtime && npm install -D flagtype` (from the packed tarballs; the rest from the npm cache).
    const install = (args: string[]) => runInstall(project, args);
    await install([runtime.tarball]);
    await install(["--save-dev", cli.tarball]);
    await mkdir(join(project, "flags"));
    await writeFile(join(project, "flags/features.json"), await readFile(join(REPO_ROOT, "flags/features.json")));
    const bin = join(project, "node_modules/.bin/flagtype");
    expect(await runIn(project, "node", [bin, "generate", "--out", "src/generated"])).toEqual({ code: 0, output: "wrote src/generated/features.ts\n" });
    const generated = await readFile(join(project, "src/generated/features.ts"), "utf8");
    expect(generated).toContain('from "@flagtype/runtime";');
    await writeFile(
      join(project, "src/main.ts"),
      `import { isPremiumFeaturesEnabled, isTierFeatureEnabled } from "./generated/features.js";
console.log(await isPremiumFeaturesEnabled({ tier: "premium" }), await isTierFeatureEnabled());
`,
    );
    await writeJson(join(project, "tsconfig.json"), {
      compilerOptions: { module: "nodenext", target: "es2022", lib: ["es2022"], strict: true, rootDir: "src", outDir: "out", types: ["node"], typeRoots: [join(REPO_ROOT, "node_modules/@types")] },
      include: ["src"],
    });
    expect(await runIn(project, "tsc", ["-p", "tsconfig.json"])).toEqual({ code: 0, output: "" });
    const ran = await runIn(project, "node", ["out/main.js"]);
    expect(ran.code).toBe(0);
    expect(ran.output).toContain("true true\n");
    // Production installs (npm ci --omit=dev) get the runtime only.
    const production = await installedProject(folder, [runtime.tarball], { type: "module", devDependencies: { flagtype: `file:${cli.tarball}` } });
    expect(await installedPackages(production)).toEqual([`@flagtype/runtime@${runtime.version}`]);
  }, 120_000);
});

/** `npm install` in a project, preferring the npm cache (CI fills it with `npm ci`). */
async function runInstall(project: string, args: readonly string[]): Promise<void> {
  const { execFile } = await import("node:child_process");
  const { promisify } = await import("node:util");
  await promisify(execFile)("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...args], { cwd: project });
}
