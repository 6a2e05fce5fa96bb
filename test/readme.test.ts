import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { describe, expect, it } from "vitest";
import { pairFlagsSources } from "../generator/pipeline/load/pair-flags-sources.js";
import { runPipeline } from "../generator/pipeline/run-pipeline.js";
import { runCli } from "../generator/commands/run-cli.js";
import { RULE_ACTIONS } from "../runtime/types.js";
import { EXPECTED_AFTER, EXPECTED_BEFORE, tableAfter } from "./examples/demo/demo-run.js";
import { Capture } from "./generator/cli/cli-harness.js";
import { commandLines, docBlocks, docFiles, headingAnchors, linkTargets, readDoc, ROOT, withoutCodeBlocks, type ReadmeBlock } from "./readme/readme-blocks.js";
import { typecheckSnippets } from "./readme/snippet-project.js";

const KINDS = ["ts", "flags", "declared-types", "json", "cli", "transcript", "install", "npm", "sam", "output"] as const;
const blocks = docBlocks();
interface Manifest {
  name: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  workspaces?: string[];
}
const readManifest = (folder: string): Manifest => JSON.parse(readFileSync(`${ROOT}${folder}package.json`, "utf8")) as Manifest;
const manifest = readManifest("");
/** The published packages: @flagtype/runtime (runtime/) and flagtype (generator/). */
const packages = (manifest.workspaces ?? []).map((folder) => readManifest(`${folder}/`));
/** Files a link may name before they exist: ARCHITECTURE.md is written on another branch. */
const PENDING_FILES = new Set(["ARCHITECTURE.md"]);
const of = (kind: string): ReadmeBlock[] => blocks.filter((block) => block.kind === kind);
const where = (block: ReadmeBlock): string => `${block.file}:${block.line}`;

/** What an `npm i` in the docs may install: the repository's dev dependencies and every peer of a published package. */
function knownPackages(): string[] {
  const peers = packages.flatMap((pkg) => Object.keys(pkg.peerDependencies ?? {}));
  return [...Object.keys(manifest.devDependencies), ...Object.keys(manifest.peerDependencies ?? {}), ...peers];
}

/** A TypeScript sample without its leading import lines and the blank lines after them. */
function withoutImports(text: string): string {
  const lines = text.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "" && !line.startsWith("import "));
  return lines.slice(Math.max(first, 0)).join("\n");
}

async function flagsDiagnostics(files: { path: string; text: string }[]): Promise<string[]> {
  const { diagnostics } = await runPipeline(pairFlagsSources("flags", files).sources, { runtimeImport: "@flagtype/runtime" });
  return diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.line} ${diagnostic.code} ${diagnostic.message}`);
}

describe("code blocks of README.md and docs/*.md", () => {
  it("each says how it is checked", () => {
    const unchecked = blocks.filter((block) => !(KINDS as readonly string[]).includes(block.kind)).map(where);
    expect(unchecked).toEqual([]);
    expect(blocks.length).toBeGreaterThanOrEqual(25);
  });

  it("ts: every TypeScript sample compiles under the project's strict settings", () => {
    const snippets = of("ts");
    expect(snippets.every((block) => block.language === "ts")).toBe(true);
    expect(snippets.length).toBeGreaterThanOrEqual(8);
    expect(typecheckSnippets(snippets)).toEqual([]);
  }, 60_000);

  it("ts: samples to copy have no @ts-expect-error; the one 'What does not compile' sample has only lines that must fail", () => {
    const withDirective = of("ts").filter((block) => block.text.includes("@ts-expect-error")).map(where);
    const marked = of("ts").filter((block) => block.args["expect-errors"] !== undefined);
    expect(withDirective).toEqual(marked.map(where));
    expect(marked.map((block) => block.file)).toEqual(["docs/generated-code.md"]);
    const [sample] = marked;
    const lines = readDoc(sample?.file ?? "").split("\n").slice(0, (sample?.line ?? 1) - 1);
    expect(lines.reverse().find((line) => /^#+ /.test(line))).toBe("## What does not compile");
    // Every directive is followed by exactly one statement, so each one proves one mistake.
    const code = (sample?.text ?? "").split("\n");
    const directives = code.flatMap((line, index) => (line.startsWith("// @ts-expect-error ") ? [index] : []));
    expect(directives.length).toBeGreaterThanOrEqual(8);
    for (const index of directives) expect(code[index + 1], `line ${index + 2}`).toMatch(/^(await |const |features\.)/);
    // Whether each one is still needed is checked with the other samples (an unused directive is an error).
  });

  it("ts: the runtime examples that tests run are the samples of docs/runtime.md, verbatim but for the imports", () => {
    const samples = of("ts").filter((block) => block.file === "docs/runtime.md").map((block) => withoutImports(block.text));
    for (const test of ["test/runtime/evaluation-details-readme.test.ts", "test/runtime/openfeature/readme-example.test.ts"]) {
      const source = readFileSync(`${ROOT}${test}`, "utf8");
      const region = /\n( *)\/\/ --- docs\/runtime\.md example starts\n([\s\S]*?)\n *\/\/ --- docs\/runtime\.md example ends/.exec(source);
      const indent = region?.[1] ?? "";
      const text = `${(region?.[2] ?? "").split("\n").map((line) => line.slice(indent.length)).join("\n")}\n`;
      expect(region, test).not.toBeNull();
      expect(samples, test).toContain(text);
    }
  });

  it("ts: the checker itself reports type errors, unused @ts-expect-error and unresolved imports", () => {
    const sample = (line: number, text: string, file = "README.md"): ReadmeBlock => ({ file, line, language: "ts", kind: "ts", args: {}, text });
    const problems = typecheckSnippets([
      sample(1, 'const count: number = "three";\nexport {};\n'),
      sample(10, "// @ts-expect-error nothing wrong here\nexport const fine = 1;\n"),
      sample(20, 'import { isPremiumFeatureEnabled } from "./generated/features.js";\nexport { isPremiumFeatureEnabled };\n'),
      sample(1, 'const count: number = "three";\nexport {};\n', "docs/cli.md"),
    ]);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^README\.md:2: Type 'string' is not assignable to type 'number'/);
    expect(problems[1]).toMatch(/^README\.md:11: Unused '@ts-expect-error' directive/);
    expect(problems[2]).toMatch(/^README\.md:21: .*isPremiumFeatureEnabled/);
    expect(problems[3]).toMatch(/^docs\/cli\.md:2: Type 'string' is not assignable to type 'number'/);
  }, 60_000);

  it("flags / declared-types: every flags document passes every check of flagtype validate", async () => {
    for (const block of of("flags")) {
      expect([where(block), ...(await flagsDiagnostics([{ path: "flags/readme.json", text: block.text }]))]).toEqual([where(block)]);
    }
    for (const block of of("declared-types")) {
      const flags = blocks[blocks.indexOf(block) - 1];
      expect(flags?.kind, `${where(block)} follows its flags file`).toBe("flags");
      expect(flags?.file, `${where(block)} follows its flags file`).toBe(block.file);
      const files = [
        { path: "flags/shop.json", text: flags?.text ?? "" },
        { path: "flags/shop.schema.json", text: block.text },
      ];
      expect([where(block), ...(await flagsDiagnostics(files))]).toEqual([where(block)]);
    }
  });

  it("flags seed: the README's quick start shows the seed flags, flags/features.json", () => {
    const seed = of("flags").filter((block) => block.args["seed"] !== undefined);
    expect(seed.map(where)).toHaveLength(1);
    expect(seed[0]?.file).toBe("README.md");
    expect(JSON.parse(seed[0]?.text ?? "null")).toEqual(JSON.parse(readFileSync(`${ROOT}flags/features.json`, "utf8")));
  });

  it("flags: one document shows every action", () => {
    const used = of("flags").map((block) => RULE_ACTIONS.filter((action) => block.text.includes(`"action": "${action}"`)));
    expect(Math.max(...used.map((actions) => actions.length))).toBe(RULE_ACTIONS.length);
  });

  it("json: every JSON sample parses", () => {
    for (const block of of("json")) expect(() => JSON.parse(block.text), where(block)).not.toThrow();
  });

  it("cli: every command runs and exits 0 in a project holding the example's flags", async () => {
    const project = await mkdtemp(join(tmpdir(), "flagtype-readme-"));
    try {
      for (const dir of ["flags", "config/flags"]) {
        await mkdir(join(project, dir), { recursive: true });
        await copyFile(`${ROOT}flags/features.json`, join(project, dir, "features.json"));
      }
      for (const block of of("cli")) {
        for (const line of commandLines(block.text)) {
          const [npx, bin, ...argv] = line.split(/\s+/);
          expect(`${npx} ${bin}`, where(block)).toBe("npx flagtype");
          const stdout = new Capture();
          const stderr = new Capture();
          // Long-running commands (--watch, serve) get a stop signal that already fired: one pass, then exit.
          const stopped = AbortSignal.abort();
          const code = await runCli(onFreePorts(argv), { stdout, stderr, cwd: project, signal: stopped });
          expect({ line, code, stderr: stderr.text }).toEqual({ line, code: 0, stderr: "" });
        }
      }
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });

  it("transcript: the commands shown with their output (they need AWS) use only options their --help lists", async () => {
    const commands = of("transcript").flatMap((block) =>
      block.text.split("\n").filter((line) => line.startsWith("$ ")).map((line) => ({ block, line: line.slice(2) })),
    );
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const { block, line } of commands) {
      const [npx, bin, command = "", ...argv] = line.split(/\s+/);
      expect(`${npx} ${bin}`, where(block)).toBe("npx flagtype");
      const help = new Capture();
      expect(await runCli([command, "--help"], { stdout: help, stderr: new Capture(), cwd: ROOT }), line).toBe(0);
      for (const option of argv.filter((word) => word.startsWith("--"))) expect(help.text, line).toContain(`${option} `);
    }
  });

  it("install: the README installs @flagtype/runtime and -D flagtype; every install is a published package or its peer", () => {
    const names = packages.map((pkg) => pkg.name);
    expect(names).toEqual(["@flagtype/runtime", "flagtype"]);
    const peers = packages.flatMap((pkg) => Object.keys(pkg.peerDependencies ?? {}));
    const [install] = of("install").filter((block) => block.file === "README.md");
    expect(commandLines(install?.text ?? "")).toEqual(["npm install @flagtype/runtime", "npm install -D flagtype"]);
    for (const block of of("install")) {
      for (const command of commandLines(block.text)) {
        const [npm, verb, ...words] = command.split(/\s+/);
        expect(`${npm} ${verb}`, `${where(block)}: ${command}`).toMatch(/^npm (install|i)$/);
        const dev = words.some((word) => word === "-D" || word === "--save-dev");
        for (const name of words.filter((word) => !word.startsWith("-"))) {
          expect([...names, ...peers], `${where(block)}: ${command}`).toContain(name);
          if (name === "flagtype") expect(dev, `${where(block)}: flagtype is a dev dependency`).toBe(true);
          if (name === "@flagtype/runtime") expect(dev, `${where(block)}: handlers load @flagtype/runtime`).toBe(false);
        }
      }
    }
    // The install section names every optional peer of both packages.
    const readme = readDoc("README.md");
    const section = readme.slice(readme.indexOf("## Install\n"), readme.indexOf("\n## ", readme.indexOf("## Install\n") + 1));
    expect(peers.filter((peer) => !section.includes(`\`${peer}\``))).toEqual([]);
  });

  it("npm: every command is npm ci, npm test, npm i of a known package, or an existing script", () => {
    for (const block of of("npm").concat(of("sam"))) {
      for (const command of commandLines(block.text).flatMap((line) => line.split("&&").map((part) => part.trim()))) {
        if (command.startsWith("sam ")) continue;
        const words = command.split(/\s+/);
        if (words[1] === "run") expect(Object.keys(manifest.scripts), `${where(block)}: ${command}`).toContain(words[2]);
        else if (words[1] === "i") expect(knownPackages(), `${where(block)}: ${command}`).toContain(words[2]);
        else expect(["npm ci", "npm test"], where(block)).toContain(command);
      }
    }
  });

  it("npm: the quick start is what CI runs, and npm test builds first", () => {
    const [quickStart] = of("npm").filter((block) => block.file === "README.md");
    expect(commandLines(quickStart?.text ?? "")).toEqual(["npm ci && npm run demo", "npm test"]);
    const ci = readFileSync(`${ROOT}.ci/run`, "utf8");
    for (const step of ["npm ci", "npm run build", "npm test"]) expect(ci).toContain(`\n${step}`);
    expect(manifest.scripts["pretest"]).toContain("npm run build");
    expect(manifest.scripts["demo"]).toBe("npm run build && node examples/dist/demo/main.js");
  });

  it("sam: the commands build and deploy the template the template tests check", () => {
    for (const block of of("sam")) {
      const sam = commandLines(block.text).filter((line) => line.startsWith("sam "));
      expect(sam).toEqual(["sam build -t examples/infrastructure/template.yaml", "sam deploy --guided"]);
      expect(existsSync(`${ROOT}examples/infrastructure/template.yaml`)).toBe(true);
    }
  });

  it("links: every relative link names a file that exists, and every #anchor a heading of that file", () => {
    const dangling: string[] = [];
    const toExampleFiles: string[] = [];
    for (const file of docFiles()) {
      for (const { line, target } of linkTargets(readDoc(file))) {
        if (/^[a-z][a-z\d+.-]*:/i.test(target)) continue; // https:, mailto:
        const [path = "", anchor] = target.split("#");
        const resolved = path === "" ? file : posix.normalize(posix.join(posix.dirname(file), path));
        const at = `${file}:${line}: ${target}`;
        if (/^(examples|flags)\//.test(resolved)) toExampleFiles.push(resolved);
        if (resolved.startsWith("../") || !existsSync(`${ROOT}${resolved}`)) {
          if (!PENDING_FILES.has(resolved)) dangling.push(`${at}: no file ${resolved}`);
        } else if (anchor !== undefined && !(resolved.endsWith(".md") && headingAnchors(readDoc(resolved)).has(anchor))) {
          dangling.push(`${at}: no heading #${anchor} in ${resolved}`);
        }
      }
    }
    expect(dangling).toEqual([]);
    expect(toExampleFiles.length).toBeGreaterThanOrEqual(5);
  });

  it("package paths: every subpath import and node_modules/<package>/ path the docs name is one the packages ship", () => {
    const folderOf = new Map(packages.map((pkg, index) => [pkg.name, manifest.workspaces?.[index] ?? ""]));
    const exportsOf = (name: string): string[] => {
      const folder = folderOf.get(name);
      return folder === undefined ? [] : Object.keys((readManifest(`${folder}/`) as Manifest & { exports?: Record<string, unknown> }).exports ?? {});
    };
    const text = docFiles().map((file) => ({ file, markdown: readDoc(file) }));
    const subpaths = text.flatMap(({ file, markdown }) =>
      [...markdown.matchAll(/[`"]((@flagtype\/runtime|flagtype)\/[\w.-]+)[`"]/g)].map((match) => ({ file, name: match[2] ?? "", specifier: match[1] ?? "" })),
    );
    expect(subpaths.map((item) => item.specifier)).toContain("@flagtype/runtime/openfeature");
    expect(subpaths.map((item) => item.specifier)).toContain("flagtype/feature-flags.schema.json");
    for (const { file, name, specifier } of subpaths) expect(exportsOf(name), `${file}: ${specifier}`).toContain(`.${specifier.slice(name.length)}`);
    const installed = text.flatMap(({ file, markdown }) =>
      [...markdown.matchAll(/node_modules\/(@flagtype\/runtime|flagtype)\/([\w./-]+)/g)].map((match) => ({ file, name: match[1] ?? "", path: match[2] ?? "" })),
    );
    expect(installed.length).toBeGreaterThanOrEqual(1);
    for (const { file, name, path } of installed) {
      const folder = folderOf.get(name) ?? "";
      expect({ file, path, shipped: path.startsWith("dist/") && existsSync(`${ROOT}${folder}/${path}`) }).toEqual({ file, path, shipped: true });
    }
  });

  it("links: anchors are GitHub's heading slugs, and headings in code blocks are not headings", () => {
    const markdown = "# The flags document\n## `flagtype serve`\n## Declared types: `flags/<name>.schema.json`\n## Exit codes\n## Exit codes\n```sh\n# not a heading\n```\n";
    expect([...headingAnchors(markdown)]).toEqual([
      "the-flags-document",
      "flagtype-serve",
      "declared-types-flagsnameschemajson",
      "exit-codes",
      "exit-codes-1",
    ]);
    expect(linkTargets("[a](#b) `[c](d)`\n```\n[e](f)\n```\n[g](docs/h.md#i)\n")).toEqual([
      { line: 1, target: "#b" },
      { line: 1, target: "d" },
      { line: 5, target: "docs/h.md#i" },
    ]);
  });

  it("output demo: the sample output shows the answers the demo test expects", () => {
    const [demo] = blocks.filter((block) => block.kind === "output" && block.args["demo"] !== undefined);
    expect(Object.fromEntries(tableAfter(demo?.text ?? "", "Before:"))).toEqual(EXPECTED_BEFORE);
    expect(Object.fromEntries(tableAfter(demo?.text ?? "", "After ("))).toEqual(EXPECTED_AFTER);
  });
});

describe("the documentation: README.md as the entry page, the reference in docs/", () => {
  const docs = docFiles().filter((file) => file !== "README.md");

  it("README.md stays an entry page of at most 300 lines", () => {
    expect(readDoc("README.md").split("\n").length).toBeLessThanOrEqual(300);
  });

  it("every doc starts with its title and a one-line summary that links back to the README", () => {
    expect(docs.length).toBeGreaterThanOrEqual(7);
    for (const file of docs) {
      const [title = "", blank, summary = "", after] = readDoc(file).split("\n");
      expect({ file, title: /^# \S/.test(title), blank, after }).toEqual({ file, title: true, blank: "", after: "" });
      expect(summary, file).toMatch(/\]\(\.\.\/README\.md(#[^)]*)?\)/);
    }
  });

  it("the README links to every doc, and the packages' READMEs link to docs that exist", () => {
    const linked = new Set(linkTargets(readDoc("README.md")).map(({ target }) => target.split("#")[0]));
    expect(docs.filter((file) => !linked.has(file))).toEqual([]);
    for (const folder of manifest.workspaces ?? []) {
      const urls = [...readDoc(`${folder}/README.md`).matchAll(/https:\/\/github\.com\/flagtype\/flagtype\/blob\/main\/([^)#\s]+)/g)];
      expect(urls.length, `${folder}/README.md`).toBeGreaterThanOrEqual(1);
      expect(urls.map((url) => url[1] ?? "").filter((path) => !existsSync(`${ROOT}${path}`))).toEqual([]);
    }
  });
});

/** The file that documents the CLI's commands. */
const CLI_DOC = "docs/cli.md";

describe(`${CLI_DOC} says what the commands do`, () => {
  const markdown = readDoc(CLI_DOC);
  /** The text of the section under `heading` (any level), up to the next heading of that level or a higher one. */
  const section = (heading: string): string => {
    const lines = markdown.split("\n");
    const headings = withoutCodeBlocks(markdown).split("\n");
    const start = headings.findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, "") === heading);
    if (start < 0) return "";
    const level = /^#+/.exec(headings[start] ?? "")?.[0].length ?? 1;
    const end = headings.findIndex((line, at) => at > start && new RegExp(`^#{1,${level}} `).test(line));
    return lines.slice(start, end < 0 ? undefined : end).join("\n");
  };
  const optionRow = (text: string, option: string): string => text.split("\n").find((line) => line.startsWith(`| \`${option}`)) ?? "";

  async function inProject<T>(run: (project: string) => Promise<T>): Promise<T> {
    const project = await mkdtemp(join(tmpdir(), "flagtype-readme-"));
    try {
      await mkdir(join(project, "flags"));
      await copyFile(`${ROOT}flags/features.json`, join(project, "flags", "features.json"));
      return await run(project);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }
  const cli = async (project: string, argv: string[]) => {
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await runCli(argv, { stdout, stderr, cwd: project, signal: AbortSignal.abort() });
    return { code, stdout: stdout.text, stderr: stderr.text };
  };

  it("serve --quiet still prints the banner, and the option table says so", async () => {
    const run = await inProject((project) => cli(project, ["serve", "--quiet", "--port", "0", "--agent-port", "0"]));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^flagtype serve: flags on 127\.0\.0\.1.*\n {2}AppConfig data API {2}http:\/\/127\.0\.0\.1:\d+\n/);
    expect(optionRow(section("`flagtype serve`"), "--quiet")).toMatch(/banner is always printed/);
  });

  it("schema --out creates missing directories and exits 0, and the section says so", async () => {
    const run = await inProject(async (project) => ({ ...(await cli(project, ["schema", "--out", "infra/new/flags.schema.json"])), written: existsSync(join(project, "infra/new/flags.schema.json")) }));
    expect(run).toMatchObject({ code: 0, written: true, stdout: "wrote infra/new/flags.schema.json\n" });
    const schema = section("`flagtype schema`");
    expect(optionRow(schema, "--out")).toContain("creating missing directories");
    expect(schema).toMatch(/Exit codes: 0 \(also when `--out` names a directory that did not exist yet/);
  });

  it("diff --profile without its flags file is the usage error the exit codes list", async () => {
    const run = await inProject((project) => cli(project, ["diff", "--file", "flags/features.json", "--profile", "nope"]));
    expect(run.code).toBe(2);
    expect(section("`flagtype diff`")).toMatch(/2 usage error \([^)]*a `--profile` without its\s+`<flags>\/<profile>\.json`\)/);
  });
});

/** `serve` binds fixed ports by default; run the documented lines on free ones so they cannot clash. */
function onFreePorts(argv: readonly string[]): string[] {
  if (argv[0] !== "serve") return [...argv];
  const kept = argv.filter((word, index) => !/^--(agent-)?port$/.test(word) && !/^--(agent-)?port$/.test(argv[index - 1] ?? ""));
  return [...kept, "--port", "0", "--agent-port", "0"];
}
