import type { Diagnostic } from "../../diagnostics.js";
import type { JsonPath } from "../../load/loaded-file.js";
import { isSchemaObject, memberOf, type SchemaObject } from "./schema-walk.js";

type Fail = (path: JsonPath, message: string, part?: "key" | "value") => Diagnostic;

/**
 * The regular expressions of one schema (`pattern`, `patternProperties` names) that ajv could
 * not compile: it builds them with the `u` flag when it first compiles the schema, and a throw
 * there would crash the run instead of pointing at the pattern.
 * @example patternProblems({ pattern: "*" }, ["context"], fail) // one FT110 at context.pattern
 */
export function patternProblems(schema: SchemaObject, path: JsonPath, fail: Fail): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const pattern = memberOf(schema, "pattern");
  const patternError = typeof pattern === "string" ? regExpError(pattern) : undefined;
  if (patternError !== undefined) {
    problems.push(fail([...path, "pattern"], `"pattern" is not a valid regular expression: ${patternError}`));
  }
  const properties = memberOf(schema, "patternProperties");
  if (!isSchemaObject(properties)) return problems;
  for (const name of Object.keys(properties)) {
    const nameError = regExpError(name);
    if (nameError === undefined) continue;
    const message = `"patternProperties" name ${JSON.stringify(name)} is not a valid regular expression: ${nameError}`;
    problems.push(fail([...path, "patternProperties", name], message, "key"));
  }
  return problems;
}

/** Why `source` is not a regular expression in ajv's (unicode) mode, or `undefined` when it is one. */
function regExpError(source: string): string | undefined {
  try {
    new RegExp(source, "u");
    return undefined;
  } catch (error) {
    // V8 says "Invalid regular expression: /<source>/u: <reason>"; the source is shown already.
    const message = error instanceof Error ? error.message : String(error);
    const reason = message.slice(message.lastIndexOf(": ") + 2);
    return reason === "" ? message : reason;
  }
}
