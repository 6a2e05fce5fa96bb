import type { ValidationIssue } from "../types.js";
import { jsonKind } from "./json-shape.js";

/** Deepest nesting of arrays/objects accepted anywhere in a document (the document itself is level 1). */
export const MAX_DEPTH = 64;
/** Most values (objects, arrays and scalars together) accepted in one document. */
export const MAX_NODES = 1_000_000;
/** Scanning stops after this many depth / non-JSON issues: the document is rejected anyway. */
const MAX_SCAN_ISSUES = 100;

/** What the bounds scan found; `tooLarge` means nothing else should walk the document. */
export interface BoundsReport {
  readonly issues: ValidationIssue[];
  readonly tooLarge: boolean;
}

interface Frame {
  readonly value: unknown;
  readonly depth: number;
  readonly parent: Frame | undefined;
  readonly key: string | number;
  readonly inObject: boolean;
}

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) path.unshift(at.key);
  return path;
}

function describeForeign(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value !== "object" || value === null) return typeof value;
  const name: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name !== "" ? `a ${name}` : "an object with a custom prototype";
}

/**
 * Checks, without recursion, that `document` is plain JSON no deeper than
 * `MAX_DEPTH` and no larger than `MAX_NODES` values, so that later recursive
 * walks are safe. Members holding `undefined` count as absent.
 * @example checkDocumentBounds({ f: { default: NaN } }).issues[0]?.path // ["f", "default"]
 */
export function checkDocumentBounds(document: unknown, maxDepth = MAX_DEPTH, maxNodes = MAX_NODES): BoundsReport {
  const issues: ValidationIssue[] = [];
  const stack: Frame[] = [{ value: document, depth: 1, parent: undefined, key: "", inObject: false }];
  let nodes = 1;
  while (stack.length > 0 && issues.length < MAX_SCAN_ISSUES) {
    const frame = stack.pop() as Frame;
    const kind = jsonKind(frame.value);
    if (kind === "invalid") {
      if (!(frame.value === undefined && frame.inObject)) {
        issues.push({ path: pathOf(frame), message: `is not a JSON value (${describeForeign(frame.value)})` });
      }
      continue;
    }
    if (kind !== "array" && kind !== "object") continue;
    if (frame.depth > maxDepth) {
      issues.push({ path: pathOf(frame), message: `nests arrays/objects deeper than ${maxDepth} levels` });
      continue;
    }
    const isArray = kind === "array";
    const keys = isArray ? undefined : Object.keys(frame.value as object);
    const count = keys ? keys.length : (frame.value as unknown[]).length;
    nodes += count;
    if (nodes > maxNodes) {
      return { issues: [{ path: [], message: `document holds more than ${maxNodes} values` }], tooLarge: true };
    }
    const container = frame.value as Record<string | number, unknown>;
    for (let index = count - 1; index >= 0; index--) {
      const key = keys ? (keys[index] as string) : index;
      stack.push({ value: container[key], depth: frame.depth + 1, parent: frame, key, inObject: !isArray });
    }
  }
  return { issues, tooLarge: false };
}
