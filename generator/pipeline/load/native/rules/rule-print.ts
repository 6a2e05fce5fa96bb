import type { RuleNode } from "./rule-syntax.js";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const KEYWORDS = new Set(["true", "false", "null", "nan"]);

/**
 * Prints a rule tree as canonical Ion text: single spaces, no comments, `", "` between list items,
 * numbers and timestamps in their source spelling. `parseRule(printRule(node))` gives the same
 * tree up to offsets. Used to embed rules in the retrieval-time Ion document.
 * @example printRule(parsed) // '(and (exists key::"beta") (in $plan ["pro", "team"]))'
 */
export function printRule(node: RuleNode): string {
  const annotations = node.annotations.map((annotation) => `${ionSymbol(annotation.name)}::`).join("");
  return annotations + printBare(node);
}

function printBare(node: RuleNode): string {
  switch (node.kind) {
    case "sexp":
      return `(${node.items.map(printRule).join(" ")})`;
    case "list":
      return `[${node.items.map(printRule).join(", ")}]`;
    case "symbol":
      return ionSymbol(node.name);
    case "string":
      return ionString(node.value);
    case "int":
    case "decimal":
    case "float":
    case "timestamp":
      return node.text;
    case "bool":
      return String(node.value);
  }
}

/**
 * A symbol as Ion text: bare when it is an identifier that is not a keyword, else `'quoted'`.
 * @example ionSymbol("$user-id") // "'$user-id'"
 */
export function ionSymbol(name: string): string {
  if (IDENTIFIER.test(name) && !KEYWORDS.has(name) && !/^\$\d+$/.test(name)) return name;
  return `'${escapeIonText(name, "'")}'`;
}

/**
 * A string as an Ion short string (`"…"`), escaping the quote, backslash and control characters.
 * @example ionString('say "hi"') // '"say \\"hi\\""'
 */
export function ionString(value: string): string {
  return `"${escapeIonText(value, '"')}"`;
}

/** Escapes text for use between `quote` characters in Ion (short strings, quoted symbols, long strings). */
export function escapeIonText(value: string, quote: '"' | "'"): string {
  let out = "";
  for (const ch of value) {
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch < " " || ch === "\x7f") out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out;
}
