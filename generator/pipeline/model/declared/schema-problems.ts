import type { ErrorObject } from "ajv";
import type { JsonPath } from "../../load/loaded-file.js";

/** One defect of the declared types file, at its path in the file. */
export interface SchemaProblem {
  readonly path: JsonPath;
  readonly message: string;
}

/** The declared types file is not a valid JSON Schema; `problems` say where and why. */
export class DeclaredSchemaError extends Error {
  override readonly name = "DeclaredSchemaError";
  constructor(readonly problems: readonly SchemaProblem[]) {
    super(problems.map((problem) => problem.message).join("; "));
  }
}

/** Summaries that only say "one of the alternatives above failed": the alternatives' own errors are clearer. */
const SUMMARY_KEYWORDS: ReadonlySet<string> = new Set(["anyOf", "oneOf"]);

/**
 * ajv's meta-schema errors for the file laid out as a standard schema (`context` under
 * `properties/context`, each value type under `properties/values/properties/<flag>`), turned into
 * problems at the file's own paths; one per location, preferring a specific error over an
 * `anyOf` summary.
 * @example metaSchemaProblems(ajv.errors ?? []) // [{ path: ["context", "properties", "tier", "type"], message: '"type" must be …' }]
 */
export function metaSchemaProblems(errors: readonly ErrorObject[]): SchemaProblem[] {
  const byLocation = new Map<string, ErrorObject>();
  for (const error of errors) {
    const kept = byLocation.get(error.instancePath);
    if (!kept || (SUMMARY_KEYWORDS.has(kept.keyword) && !SUMMARY_KEYWORDS.has(error.keyword))) byLocation.set(error.instancePath, error);
  }
  return [...byLocation.values()].map((error) => {
    const path = filePathOf(error.instancePath);
    const last = path.at(-1);
    const subject = typeof last === "string" ? `${JSON.stringify(last)} ` : "";
    return { path, message: `${subject}${error.message ?? "is not valid"}${allowedValuesOf(error)}` };
  });
}

function allowedValuesOf(error: ErrorObject): string {
  const allowed: unknown = (error.params as { allowedValues?: unknown }).allowedValues;
  return Array.isArray(allowed) ? `: ${allowed.map((value) => JSON.stringify(value)).join(", ")}` : "";
}

/** `/properties/values/properties/plan/type` → `["values", "plan", "type"]`. */
function filePathOf(instancePath: string): JsonPath {
  const segments = instancePath === "" ? [] : instancePath.slice(1).split("/").map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"));
  const [first, second, third, flag, ...rest] = segments;
  const path: (string | number)[] =
    first === "properties" && second === "context" ? ["context", ...segments.slice(2)]
    : first === "properties" && second === "values" && third === "properties" && flag !== undefined ? ["values", flag, ...rest]
    : segments;
  return path.map((part) => (typeof part === "string" && /^(?:0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}
