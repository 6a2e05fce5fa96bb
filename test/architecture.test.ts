import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The import rules of ARCHITECTURE.md, checked on the sources of both packages and the examples.

const ROOT = fileURLToPath(new URL("../", import.meta.url));

interface Import {
  readonly from: string;
  /** As written, e.g. "../engine/compile.js" or "@flagtype/runtime". */
  readonly specifier: string;
  /** Repository-relative `.ts` path for relative imports. */
  readonly resolved?: string;
  readonly typeOnly: boolean;
  readonly dynamic: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "dist" || entry.name === "node_modules" || entry.name === "generated") return [];
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): Import[] {
  // Comments may show imports as examples; they are not imports.
  const text = readFileSync(join(ROOT, file), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...text.matchAll(IMPORT)].map((match) => {
    const specifier = (match[2] ?? match[3]) as string;
    const relativeTarget = specifier.startsWith(".") ? normalize(join(dirname(file), specifier)).replace(/\.js$/, ".ts") : undefined;
    return {
      from: file,
      specifier,
      ...(relativeTarget !== undefined ? { resolved: relativeTarget } : {}),
      typeOnly: match[1] !== undefined,
      dynamic: match[3] !== undefined,
    };
  });
}

const RUNTIME = sourceFiles("runtime");
const GENERATOR = sourceFiles("generator");
const EXAMPLES = sourceFiles("examples");
const ALL = [...RUNTIME, ...GENERATOR, ...EXAMPLES].flatMap(importsOf);

const BUILD_TIME_LIBRARIES = ["ts-morph", "ajv", "yargs", "json-schema-to-typescript", "jsonc-parser", "typescript"];
const OPTIONAL_PEERS = ["@aws-sdk/client-appconfigdata", "@jmespath-community/jmespath", "@openfeature/server-sdk"];

const describeImport = (item: Import) => `${item.from} imports ${item.specifier}`;
const within = (path: string | undefined, folder: string) => path !== undefined && (path === folder || path.startsWith(`${folder}/`));

/** The command folder a generator path belongs to, e.g. "generator/commands/serve"; undefined outside one. */
function commandOf(path: string): string | undefined {
  const match = /^generator\/commands\/([^/]+)\//.exec(path);
  return match ? `generator/commands/${match[1]}` : undefined;
}

describe("ARCHITECTURE.md's import rules", () => {
  it("see every source file and its imports (the scan itself works)", () => {
    expect(RUNTIME).toContain("runtime/engine/actions.ts");
    expect(GENERATOR).toContain("generator/commands/serve/servers/appconfig-data-server.ts");
    expect(ALL.some((item) => item.from === "runtime/stores/appconfig-store.ts" && item.dynamic && item.specifier === "@aws-sdk/client-appconfigdata")).toBe(true);
    expect(ALL.filter((item) => item.resolved !== undefined).every((item) => statSync(join(ROOT, item.resolved as string), { throwIfNoEntry: false })?.isFile())).toBe(true);
  });

  it("hold no import cycle, type-only imports included", () => {
    const graph = new Map<string, string[]>();
    for (const item of ALL) if (item.resolved) graph.set(item.from, [...(graph.get(item.from) ?? []), item.resolved]);
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (file: string): void => {
      state.set(file, "open");
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].join(" -> "));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, "done");
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it("keep the runtime free of the generator, the tests and build-time libraries; optional peers load lazily", () => {
    const runtimeImports = ALL.filter((item) => within(item.from, "runtime"));
    const breaches = runtimeImports.filter(
      (item) =>
        within(item.resolved, "generator") ||
        within(item.resolved, "test") ||
        (item.resolved !== undefined && !within(item.resolved, "runtime")) ||
        BUILD_TIME_LIBRARIES.includes(item.specifier) ||
        (OPTIONAL_PEERS.includes(item.specifier) && !item.dynamic && !item.typeOnly) ||
        (!item.specifier.startsWith(".") && !item.specifier.startsWith("node:") && !OPTIONAL_PEERS.includes(item.specifier)),
    );
    expect(breaches.map(describeImport)).toEqual([]);
  });

  it("let the generator reach the runtime only by package name, and never the tests", () => {
    const breaches = ALL.filter(
      (item) => within(item.from, "generator") && item.resolved !== undefined && !within(item.resolved, "generator"),
    );
    expect(breaches.map(describeImport)).toEqual([]);
    const runtimeNames = ALL.filter((item) => within(item.from, "generator") && item.specifier.startsWith("@flagtype/"));
    expect(new Set(runtimeNames.map((item) => item.specifier))).toEqual(new Set(["@flagtype/runtime", "@flagtype/runtime/tooling"]));
  });

  it("keep the generator's layers in order: pipeline below the CLI kit below the commands, no command importing another", () => {
    const generatorImports = ALL.filter((item) => within(item.from, "generator") && item.resolved !== undefined);
    const upward = generatorImports.filter(({ from, resolved }) => {
      if (within(from, "generator/pipeline")) return within(resolved, "generator/cli-kit") || within(resolved, "generator/commands") || resolved === "generator/cli.ts";
      if (within(from, "generator/cli-kit")) return within(resolved, "generator/commands") || resolved === "generator/cli.ts";
      if (within(from, "generator/commands")) {
        const own = commandOf(from);
        const target = commandOf(resolved as string);
        return resolved === "generator/cli.ts" || (own !== undefined && target !== undefined && own !== target);
      }
      return false;
    });
    expect(upward.map(describeImport)).toEqual([]);
  });

  it("keep the pipeline's stages in forward order (load, model, emit; write apart)", () => {
    const later: Record<string, readonly string[]> = {
      "generator/pipeline/load": ["generator/pipeline/model", "generator/pipeline/emit", "generator/pipeline/write"],
      "generator/pipeline/model": ["generator/pipeline/emit", "generator/pipeline/write"],
      "generator/pipeline/emit": ["generator/pipeline/write"],
      "generator/pipeline/write": ["generator/pipeline/load", "generator/pipeline/model", "generator/pipeline/emit"],
    };
    const backward = ALL.filter((item) =>
      Object.entries(later).some(([stage, forbidden]) => within(item.from, stage) && forbidden.some((folder) => within(item.resolved, folder))),
    );
    expect(backward.map(describeImport)).toEqual([]);
  });

  it("keep the engine below the rest of the runtime", () => {
    const allowed = ["runtime/engine", "runtime/types.ts", "runtime/errors.ts", "runtime/evaluation-details.ts"];
    const breaches = ALL.filter(
      (item) => within(item.from, "runtime/engine") && item.resolved !== undefined && !allowed.some((path) => within(item.resolved, path)),
    );
    expect(breaches.map(describeImport)).toEqual([]);
  });

  it("let the examples use the packages by name, as a user project would", () => {
    const breaches = ALL.filter(
      (item) => within(item.from, "examples") && item.resolved !== undefined && (within(item.resolved, "runtime") || within(item.resolved, "generator")),
    );
    expect(breaches.map(describeImport)).toEqual([]);
  });
});

describe("ARCHITECTURE.md", () => {
  const text = readFileSync(join(ROOT, "ARCHITECTURE.md"), "utf8");
  const folders = (root: string): string[] =>
    readdirSync(join(ROOT, root), { withFileTypes: true }).flatMap((entry) => {
      if (!entry.isDirectory() || entry.name === "dist" || entry.name === "node_modules") return [];
      const path = `${root}/${entry.name}`;
      return [path, ...folders(path)];
    });

  it("names every folder of both packages down to the stages, and only folders that exist", () => {
    const depthOf = (path: string) => path.split("/").length;
    const expected = [...folders("runtime"), ...folders("generator")].filter(
      (path) => depthOf(path) <= 2 || within(path, "generator/pipeline") && depthOf(path) <= 3,
    );
    const missing = expected.filter((path) => !text.includes(`\`${path}/\``) && !text.includes(`\`${path.split("/").at(-1)}/\``));
    expect(missing).toEqual([]);
    const named = [...text.matchAll(/`((?:runtime|generator|examples|test|docs|flags)(?:\/[\w.-]+)*\/?)`/g)].map((match) => (match[1] as string).replace(/\/$/, ""));
    const absent = named.filter((path) => statSync(join(ROOT, path), { throwIfNoEntry: false }) === undefined);
    expect(absent).toEqual([]);
  });
});
