/**
 * The one place that turns flag keys and file names into TypeScript names. It never guesses:
 * a key that does not follow the naming rule is reported, not repaired.
 *
 * Rule: words of ASCII letters and digits separated by single `_`, `-` or spaces, starting with a
 * letter (`premium_features`, `premium-features`, `premium features`, `premiumFeatures`). Each
 * word's first letter is upper-cased and the rest kept: `premium_features` → `PremiumFeatures`,
 * `HTTP_server` → `HTTPServer`.
 */
const CONVERTIBLE = /^[A-Za-z][A-Za-z0-9]*(?:[_\- ][A-Za-z0-9]+)*$/;
const PLAIN_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Reserved words (ECMAScript, strict mode, TypeScript) and the names TypeScript forbids for types:
 * none of them may be a generated binding or type name.
 */
const RESERVED_WORDS: ReadonlySet<string> = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
  "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof",
  "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
  "while", "with", "implements", "interface", "let", "package", "private", "protected", "public",
  "static", "yield", "await", "arguments", "eval", "undefined", "any", "boolean", "never", "number",
  "object", "string", "symbol", "unknown", "bigint",
]);

/** `PremiumFeatures` for `premium_features`; `undefined` when the text does not follow the naming rule. */
export function toPascalCase(text: string): string | undefined {
  if (!CONVERTIBLE.test(text)) return undefined;
  return text
    .split(/[_\- ]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/** A plain ASCII identifier: safe unquoted as a property name (reserved words are fine there). */
export function isPlainIdentifier(text: string): boolean {
  return PLAIN_IDENTIFIER.test(text);
}

/** A plain ASCII identifier that is not a reserved word: safe as a binding or type name. */
export function isBindingIdentifier(text: string): boolean {
  return PLAIN_IDENTIFIER.test(text) && !RESERVED_WORDS.has(text);
}

/** Accessor of a flag: `isPremiumFeaturesEnabled` for boolean flags, `getPriceTier` for value flags. */
export function accessorName(pascalName: string, kind: "boolean" | "value"): string {
  return kind === "boolean" ? `is${pascalName}Enabled` : `get${pascalName}`;
}

export function contextTypeName(pascalName: string): string {
  return `${pascalName}Context`;
}

export function valueTypeName(pascalName: string): string {
  return `${pascalName}Value`;
}

/** Module-level names derived from the module's type prefix (e.g. `Features`). */
export function moduleTypeNames(typePrefix: string) {
  return {
    flagName: `${typePrefix}FlagName`,
    contexts: `${typePrefix}Contexts`,
    values: `${typePrefix}Values`,
    enabledContext: `${typePrefix}EnabledFeaturesContext`,
    declaredContext: `${typePrefix}DeclaredContext`,
  } as const;
}

/**
 * Exported names every generated module has, whatever its flags: only values, which a barrel
 * re-exports as a namespace (`export * as shop from "./shop.js"`); every exported type name carries
 * the module's prefix or a flag's name instead, so `export type { … }` lists of several modules never clash.
 */
export const FIXED_EXPORT_NAMES = [
  "BUILD_TIME_DOCUMENT",
  "configureFeatures",
  "createTestFeatures",
  "evaluate",
  "getEnabledFeatures",
] as const;

/** Module-private names of a generated module (the runtime handle and runtime imports). */
export const PRIVATE_NAMES = [
  "features",
  "defineFeatures",
  "BuildTimeDocument",
  "ConfigureOptions",
  "ContextArgs",
  "JsonValue",
  "ReadonlyJsonValue",
  "TestFeatures",
] as const;
