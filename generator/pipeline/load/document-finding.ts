import type { LoadCode } from "./load-codes.js";
import type { JsonPath } from "./loaded-file.js";

/** A finding about a parsed document before it is given a source position. */
export interface DocumentFinding {
  /** What the finding is about: a member that is absent is named by the path it would have. */
  readonly path: JsonPath;
  /** Point at the member's key (names, missing or unknown members) or at its value. */
  readonly part: "key" | "value";
  readonly severity: "error" | "warning";
  readonly code: LoadCode;
  readonly message: string;
}

/**
 * How a path reads in a message: `document`, `feature "x"`, `rule "y"`, `conditions[0]`, `"default"`.
 * @example describePath(["premium", "rules", "beta"]) // 'rule "beta"'
 */
export function describePath(path: JsonPath): string {
  const last = path.at(-1);
  if (last === undefined) return "document";
  if (path.length === 1) return `feature ${JSON.stringify(last)}`;
  if (path.length === 3 && path[1] === "rules") return `rule ${JSON.stringify(last)}`;
  if (typeof last === "number") {
    const parent = path.at(-2);
    return typeof parent === "string" ? `${parent}[${last}]` : `item ${last}`;
  }
  return JSON.stringify(last);
}

/** Whether `prefix` is an ancestor of `path`, or `path` itself. */
export function isPathPrefix(prefix: JsonPath, path: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => segment === path[index]);
}

/** Whether the member at `path` exists and is a scalar: findings point at a scalar's value, at a container's (or a missing member's) key. */
export function isScalarAt(document: unknown, path: JsonPath): boolean {
  let node = document;
  for (const segment of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return false;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return typeof node !== "object" || node === null;
}
