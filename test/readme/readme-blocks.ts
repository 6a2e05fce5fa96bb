import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** How a code block of the documentation is exercised: the `<!-- check: kind args -->` comment right above it. */
export interface ReadmeBlock {
  /** The Markdown file holding the block, relative to the repository root (`README.md`, `docs/cli.md`). */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly language: string;
  readonly kind: string;
  /** `key=value` words after the kind, e.g. `in=examples/tier`; a bare word is its own value. */
  readonly args: Readonly<Record<string, string>>;
  /** The block's text, with the fence's indentation removed, ending in a newline. */
  readonly text: string;
}

const FENCE = /^(\s*)```(\S*)\s*$/;
const CHECK = /^\s*<!-- check: (\S+)((?: \S+)*) -->\s*$/;

/**
 * Every fenced code block of a Markdown file with its check comment; a block without one gets kind "".
 * @example readmeBlocks(readFileSync("README.md", "utf8"))[0]?.kind // "install"
 */
export function readmeBlocks(markdown: string, file = "README.md"): ReadmeBlock[] {
  const lines = markdown.split("\n");
  const blocks: ReadmeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index] ?? "");
    if (!open) continue;
    const indent = open[1] ?? "";
    const close = lines.findIndex((line, at) => at > index && line.trim() === "```");
    if (close < 0) throw new Error(`${file}:${index + 1}: unclosed code block`);
    const body = lines.slice(index + 1, close).map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line));
    const check = CHECK.exec(previousNonBlank(lines, index));
    blocks.push({
      file,
      line: index + 1,
      language: open[2] ?? "",
      kind: check?.[1] ?? "",
      args: parseArgs(check?.[2] ?? ""),
      text: `${body.join("\n")}\n`,
    });
    index = close;
  }
  return blocks;
}

/** The documentation: `README.md`, then every `docs/*.md` in name order (paths relative to the root). */
export function docFiles(): string[] {
  const docs = existsSync(`${ROOT}docs`) ? readdirSync(`${ROOT}docs`).filter((name) => name.endsWith(".md")).sort() : [];
  return ["README.md", ...docs.map((name) => `docs/${name}`)];
}

export function readDoc(file: string): string {
  return readFileSync(`${ROOT}${file}`, "utf8");
}

/** Every code block of every documentation file, in `docFiles()` order. */
export function docBlocks(): ReadmeBlock[] {
  return docFiles().flatMap((file) => readmeBlocks(readDoc(file), file));
}

/** Non-comment lines of a shell block, each without its trailing `# comment`. */
export function commandLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** The Markdown without its fenced code blocks (each replaced by blank lines, so line numbers stay). */
export function withoutCodeBlocks(markdown: string): string {
  let fenced = false;
  return markdown
    .split("\n")
    .map((line) => {
      if (FENCE.test(line)) {
        fenced = !fenced;
        return "";
      }
      return fenced ? "" : line;
    })
    .join("\n");
}

/**
 * The anchors GitHub gives the headings of a Markdown file: lower case, punctuation other than `-` and
 * `_` dropped, spaces as `-`, and `-1`, `-2`, … after repeated headings.
 * @example headingAnchors("## `flagtype serve`\n## Exit codes\n") // Set { "flagtype-serve", "exit-codes" }
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of withoutCodeBlocks(markdown).matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const slug = (match[1] ?? "").toLowerCase().replace(/[^\p{L}\p{M}\p{N} _-]/gu, "").replaceAll(" ", "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Every Markdown link target (`[text](target)`) outside code blocks, with its 1-based line. */
export function linkTargets(markdown: string): { line: number; target: string }[] {
  return withoutCodeBlocks(markdown)
    .split("\n")
    .flatMap((text, index) => [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => ({ line: index + 1, target: match[1] ?? "" })));
}

function previousNonBlank(lines: readonly string[], index: number): string {
  for (let at = index - 1; at >= 0; at--) if ((lines[at] ?? "").trim() !== "") return lines[at] ?? "";
  return "";
}

function parseArgs(text: string): Record<string, string> {
  const args: Record<string, string> = {};
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const equals = word.indexOf("=");
    if (equals < 0) args[word] = word;
    else args[word.slice(0, equals)] = word.slice(equals + 1);
  }
  return args;
}
