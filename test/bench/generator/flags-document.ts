// The generator bench's input: one flags document of any size, every family of actions in its
// rules, static booleans, boolean flags with one to three rules and non-boolean flags.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The condition for `seed`: context keys keep one type each, so the inferred contexts stay valid. */
function condition(seed: number): Json {
  const conditions: Json[] = [
    { action: "EQUALS", key: "tier", value: "premium" },
    { action: "STARTSWITH", key: "tier", value: `plan-${seed % 7}` },
    { action: "IN", key: "region", value: ["eu-west-1", "us-east-1", `ap-${seed % 5}`] },
    { action: "NOT_IN", key: "region", value: ["cn-north-1"] },
    { action: "KEY_GREATER_THAN_VALUE", key: "account_age_days", value: seed % 365 },
    { action: "MODULO_RANGE", key: "user_id", value: { BASE: 100, START: 0, END: seed % 100 } },
    { action: "ANY_IN_VALUE", key: "groups", value: ["beta", `cohort-${seed % 11}`] },
    { action: "SCHEDULE_BETWEEN_DAYS_OF_WEEK", key: "CURRENT_DAY_OF_WEEK", value: { DAYS: ["MONDAY", "FRIDAY"], TIMEZONE: "Europe/London" } },
    { action: "SCHEDULE_BETWEEN_TIME_RANGE", key: "CURRENT_TIME", value: { START: "09:00", END: "17:30" } },
  ];
  return conditions[seed % conditions.length] ?? null;
}

/** Flag `index`: a quarter static booleans, half booleans with rules, a quarter object-valued. */
function feature(index: number): Json {
  const kind = index % 4;
  const description = `Flag ${index}: generated for the benchmark`;
  if (kind === 0) return { default: index % 8 === 0, description };
  const rules: Record<string, Json> = {};
  for (let rule = 0; rule < 1 + (index % 3); rule++) {
    const conditions = [condition(index + rule), ...(rule % 2 === 1 ? [condition(index + rule + 4)] : [])];
    rules[`rule ${rule} of ${index}`] = kind === 3
      ? { when_match: { limit: rule * 10, label: `tier ${rule}` }, conditions }
      : { when_match: rule % 2 === 0, conditions };
  }
  if (kind === 3) return { default: { limit: 5, label: "free" }, boolean_type: false, description, rules };
  return { default: false, description, rules };
}

/**
 * The text of a flags file of `flagCount` flags (`flag_0000`, …), pretty-printed as people write
 * them; the same count always gives the same bytes (1,000 flags: 641 KiB).
 * @example writeFileSync("flags/features.json", benchFlagsDocument(1_000));
 */
export function benchFlagsDocument(flagCount: number): string {
  const document: Record<string, Json> = {};
  const width = Math.max(4, String(flagCount - 1).length);
  for (let index = 0; index < flagCount; index++) document[`flag_${String(index).padStart(width, "0")}`] = feature(index);
  return `${JSON.stringify(document, null, 2)}\n`;
}
