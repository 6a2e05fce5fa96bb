import type { TierFeaturesAnswer } from "../tier/handler.js";

/**
 * The handler's answers as an aligned text table, one row per tier; with `previous`, a cell
 * that changed shows what it was.
 * @example answerTable(after, before) // "  tier      premium_features  …\n  standard  true (was false)  …"
 */
export function answerTable(answers: readonly TierFeaturesAnswer[], previous?: readonly TierFeaturesAnswer[]): string {
  const flags = Object.keys(answers[0]?.features ?? {});
  const header = ["tier", ...flags, "enabled"];
  const rows = answers.map((answer, index) => {
    const before = previous?.[index];
    const cells = flags.map((flag) => cell(valueOf(answer, flag), before && valueOf(before, flag)));
    return [answer.tier, ...cells, answer.enabled.join(", ") || "(none)"];
  });
  return alignColumns([header, ...rows]);
}

function valueOf(answer: TierFeaturesAnswer, flag: string): string {
  return String(Object.hasOwn(answer.features, flag) ? (answer.features as Record<string, boolean>)[flag] : "-");
}

function cell(value: string, before: string | undefined): string {
  return before === undefined || before === value ? value : `${value} (was ${before})`;
}

function alignColumns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) => `  ${row.map((text, column) => text.padEnd(widths[column] ?? 0)).join("  ")}`.trimEnd())
    .join("\n");
}
