export type Alignment = "left" | "right";

/**
 * A GitHub-flavoured markdown table with padded columns, so it reads well in a
 * terminal too. Pipes inside cells are escaped.
 * @example markdownTable(["engine", "ops/s"], [["flagtype", "12 M"]], ["left", "right"])
 */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  alignments: readonly Alignment[] = [],
): string {
  const escaped = [headers, ...rows].map((row) => headers.map((_, column) => escapeCell(row[column] ?? "")));
  const widths = headers.map((_, column) => Math.max(3, ...escaped.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => pad(cell, widths[column] ?? 3, alignments[column] ?? "left")).join(" | ")} |`;
  const rule = `| ${widths.map((width, column) => ruleCell(width, alignments[column] ?? "left")).join(" | ")} |`;
  const [head = [], ...body] = escaped;
  return [line(head), rule, ...body.map(line)].join("\n");
}

function escapeCell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function pad(text: string, width: number, alignment: Alignment): string {
  return alignment === "right" ? text.padStart(width) : text.padEnd(width);
}

function ruleCell(width: number, alignment: Alignment): string {
  return alignment === "right" ? `${"-".repeat(width - 1)}:` : "-".repeat(width);
}
