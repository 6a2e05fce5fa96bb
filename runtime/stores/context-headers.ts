/**
 * A context as `Context: key=value` request headers for the AppConfig agent, one header per key
 * (the agent also reads comma-separated keys in one header; one per key keeps values apart).
 * Strings go as they are, numbers as JavaScript writes them, booleans as `true`/`false`; `null`,
 * `undefined` and other values are left out (the key reads as missing). A key or value the header
 * cannot carry unambiguously, `,`, `=` in a key, a line break or a character outside Latin-1
 * (AWS documents no escaping), is refused: the result names it instead.
 * @example contextHeaders({ plan: "pro", age: 42 }) // { headers: ["age=42", "plan=pro"] }
 */
export function contextHeaders(context: Readonly<Record<string, unknown>>): { readonly headers: string[] } | { readonly unsendable: string } {
  const headers: string[] = [];
  for (const key of Object.keys(context).sort()) {
    const value = context[key];
    const text = typeof value === "string" ? value : typeof value === "number" && Number.isFinite(value) ? String(value) : typeof value === "boolean" ? String(value) : undefined;
    if (text === undefined) continue;
    if (!SENDABLE_KEY.test(key)) return { unsendable: `context key ${JSON.stringify(key)} cannot be sent in a Context header` };
    if (!SENDABLE_VALUE.test(text)) return { unsendable: `the value of context key ${JSON.stringify(key)} cannot be sent in a Context header (no ",", line breaks or characters outside Latin-1)` };
    headers.push(`${key}=${text}`);
  }
  return { headers };
}

// Visible Latin-1 and spaces inside; no separators the agent splits on, no control characters.
const SENDABLE_KEY = /^[\x21-\x2b\x2d-\x3c\x3e-\x7e\xa1-\xff]+$/;
const SENDABLE_VALUE = /^[\x20-\x2b\x2d-\x7e\xa0-\xff]*$/;
