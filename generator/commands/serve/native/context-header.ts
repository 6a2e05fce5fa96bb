/** The context of an agent request, as the agent receives it: text values by key. */
export type ContextText = Readonly<Record<string, string>>;

/**
 * The context the AppConfig agent reads from `Context` request headers, in both forms AWS
 * documents: one header per key (`Context: plan=pro`, `Context: country=DE`) and several keys
 * comma-separated in one header (`Context: plan=pro,country=DE`). Each entry splits at its first
 * `=`; white space around keys and values is dropped; a later entry for the same key wins;
 * entries without `=` or with an empty key are ignored. Values cannot contain `,`: AWS documents
 * no escape for it (flagtype's runtime refuses to send such a value).
 * @example contextFromHeaders(["plan=pro, country=DE", "beta=1"]) // { plan: "pro", country: "DE", beta: "1" }
 */
export function contextFromHeaders(headers: readonly string[]): ContextText {
  const context: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const header of headers) {
    for (const entry of header.split(",")) {
      const equals = entry.indexOf("=");
      if (equals <= 0) continue;
      const key = entry.slice(0, equals).trim();
      if (key !== "") context[key] = entry.slice(equals + 1).trim();
    }
  }
  return context;
}
