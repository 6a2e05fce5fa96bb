import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { NATIVE_FLAGS_SCHEMA } from "./native-flags-schema.js";

export { NATIVE_FLAGS_SCHEMA } from "./native-flags-schema.js";

let compiled: ValidateFunction | undefined;

/**
 * Every error AWS's schema (with the root fix) finds in a stored document, as Ajv reports them.
 * @example validateNativeSchema({ version: 1 })[0]?.instancePath // "/version"
 */
export function validateNativeSchema(document: unknown): ErrorObject[] {
  compiled ??= compileSchema(NATIVE_FLAGS_SCHEMA);
  return compiled(document) ? [] : [...(compiled.errors ?? [])];
}

/** Compiles a variant of the schema (tests compile the published one unchanged) the way AppConfig reads it. */
export function compileSchema(schema: object): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat("date", isCalendarDate);
  return ajv.compile(schema);
}

/** JSON Schema's `date` format (RFC 3339 full-date): YYYY-MM-DD naming a real day. */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
