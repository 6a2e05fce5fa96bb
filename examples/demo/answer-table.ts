import type { TierFeaturesAnswer } from "../tier/handler.js";

/**
 * The handler's answers as an aligned text table, one row per caller (tier and country, `-` for
 * none): the features flags, the enabled list, the checkout banner's variant and express checkout.
 * With `previous`, a cell that changed shows what it was.
 * @example answerTable(after, before) // "  tier      country  premium_features  …\n  standard  -        true (was false)  …"
 */
export function answerTable(answers: readonly TierFeaturesAnswer[], previous?: readonly TierFeaturesAnswer[]): string {
  const flags = Object.keys(answers[0]?.features ?? {});
  const header = ["tier", "country", ...flags, "enabled", "checkout_banner", "express_checkout"];
  const rows = answers.map((answer, index) => {
    const before = previous?.[index];
    const cells = flags.map((flag) => cell(valueOf(answer, flag), before && valueOf(before, flag)));
    return [
      answer.tier,
      answer.country ?? "-",
      ...cells,
      answer.enabled.join(", ") || "(none)",
      cell(answer.checkout.checkout_banner.variant, before?.checkout.checkout_banner.variant),
      cell(expressText(answer), before && expressText(before)),
    ];
  });
  return alignColumns([header, ...rows]);
}

/**
 * The message of each banner variant in the answers, one line each in order of first appearance.
 * @example bannerMessages(answers) // 'checkout_banner messages:\n  Default  "Free shipping on orders over 50 USD"'
 */
export function bannerMessages(answers: readonly TierFeaturesAnswer[]): string {
  const messages = new Map<string, string | null>();
  for (const { checkout } of answers) messages.set(checkout.checkout_banner.variant, checkout.checkout_banner.message);
  const rows = [...messages].map(([variant, message]) => [variant, message === null ? "(disabled: no banner)" : JSON.stringify(message)]);
  return `checkout_banner messages:\n${alignColumns(rows)}`;
}

function valueOf(answer: TierFeaturesAnswer, flag: string): string {
  return String(Object.hasOwn(answer.features, flag) ? (answer.features as Record<string, boolean>)[flag] : "-");
}

function expressText(answer: TierFeaturesAnswer): string {
  const express = answer.checkout.express_checkout;
  return express.enabled ? `on, max ${express.max_items}` : "off";
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
