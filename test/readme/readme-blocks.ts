import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** How a README code block is exercised: the `<!-- check: kind args -->` comment right above it. */
export interface ReadmeBlock {
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
 * @example readmeBlocks(readFileSync("README.md", "utf8"))[0]?.kind // "npm"
 */
export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split("\n");
  const blocks: ReadmeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index] ?? "");
    if (!open) continue;
    const indent = open[1] ?? "";
    const close = lines.findIndex((line, at) => at > index && line.trim() === "```");
    if (close < 0) throw new Error(`README line ${index + 1}: unclosed code block`);
    const body = lines.slice(index + 1, close).map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line));
    const check = CHECK.exec(previousNonBlank(lines, index));
    blocks.push({
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

export function readReadme(): string {
  return readFileSync(`${ROOT}README.md`, "utf8");
}

/** Non-comment lines of a shell block, each without its trailing `# comment`. */
export function commandLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
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
