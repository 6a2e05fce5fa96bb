import { readdirSync, readFileSync } from "node:fs";
import { FIXTURES_DIR } from "./fixture-cases.js";

/**
 * The type-test pairs: `type-tests/misuse/<name>.ts` holds calls that must not compile, each after a
 * `// @ts-expect-error TS<code> [at \`text\`] <why>` line; `type-tests/correct/<name>.ts`, its twin, is
 * the same file with each of those calls corrected after a `// correct: <how>` line. The twin proves
 * that a misuse fails for its own reason: a renamed export or a broken import would fail the twin too.
 */
export const PAIRS_DIR = `${FIXTURES_DIR}type-tests/`;

export interface Misuse {
  /** 1-based line of the call that must not compile. */
  readonly line: number;
  /** The TypeScript error code the first diagnostic on that line must have, e.g. 2345. */
  readonly code: number;
  /** Text the first diagnostic must start at (`at \`…\``), when the line says where it must point. */
  readonly at?: string;
  readonly reason: string;
  readonly text: string;
}

export interface Pair {
  readonly name: string;
  /** The first line of both files, `// <Category>: <what holds>`. */
  readonly title: string;
  readonly misusePath: string;
  readonly correctPath: string;
  readonly misuseText: string;
  readonly correctText: string;
  readonly misuses: readonly Misuse[];
}

const DIRECTIVE = /^\s*\/\/ @ts-expect-error TS(\d+)(?: at `([^`]+)`)? (.+)$/;

export function readPairs(): Pair[] {
  const names = readdirSync(`${PAIRS_DIR}misuse`).filter((file) => file.endsWith(".ts")).sort();
  return names.map((file) => {
    const misusePath = `${PAIRS_DIR}misuse/${file}`;
    const correctPath = `${PAIRS_DIR}correct/${file}`;
    const misuseText = readFileSync(misusePath, "utf8");
    const lines = misuseText.split("\n");
    const misuses = lines.flatMap((line, index): Misuse[] => {
      const match = DIRECTIVE.exec(line);
      if (!match) return [];
      const [, code, at, reason] = match;
      return [{ line: index + 2, code: Number(code), ...(at === undefined ? {} : { at }), reason: reason ?? "", text: (lines[index + 1] ?? "").trim() }];
    });
    return {
      name: file.replace(/\.ts$/, ""),
      title: (lines[0] ?? "").replace(/^\/\/ /, ""),
      misusePath,
      correctPath,
      misuseText,
      correctText: readFileSync(correctPath, "utf8"),
      misuses,
    };
  });
}

/** Where the twin differs from the misuse file other than at directive lines and the lines after them. */
export function twinMismatches(pair: Pair): string[] {
  const misuse = pair.misuseText.split("\n");
  const correct = pair.correctText.split("\n");
  if (misuse.length !== correct.length) return [`${pair.name}: ${misuse.length} lines, its twin ${correct.length}`];
  const problems: string[] = [];
  const changed = new Set(pair.misuses.map((entry) => entry.line));
  misuse.forEach((line, index) => {
    const number = index + 1;
    const twin = correct[index] ?? "";
    if (changed.has(number + 1)) {
      if (!/^\s*\/\/ correct: \S/.test(twin)) problems.push(`${pair.name}:${number} the twin needs a "// correct: …" line`);
    } else if (changed.has(number)) {
      if (twin === line) problems.push(`${pair.name}:${number} the twin repeats the misuse`);
    } else if (twin !== line) {
      problems.push(`${pair.name}:${number} differs from its twin`);
    }
  });
  return problems;
}

/** The "What does not compile" table of docs/generated-code.md, one row per misuse. */
export function misuseTable(pairs: readonly Pair[]): string {
  const rows = pairs.flatMap((pair) => {
    const category = pair.title.split(":")[0] ?? pair.name;
    return pair.misuses.map((entry) => `| ${category} | ${cell(`\`${entry.text}\``)} | ${cell(entry.reason)} | TS${entry.code} | [${pair.name}.ts:${entry.line}](../test/generator/fixtures/type-tests/misuse/${pair.name}.ts) |`);
  });
  return ["| Category | Does not compile | Why | Error | Test |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|");
}
