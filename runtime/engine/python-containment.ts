import { containsCodePoints } from "./python-strings.js";
import { pythonEquals, pythonKind } from "./python-values.js";

/**
 * Python `needle in haystack`. Returns `undefined` where Python raises `TypeError`:
 * a non-string needle in a string, a list or dict needle in a dict (unhashable), or a
 * haystack that is not a container (number, boolean, `null`).
 * @example pythonContains([1], true) // true
 * @example pythonContains("premium", 5) // undefined
 */
export function pythonContains(haystack: unknown, needle: unknown): boolean | undefined {
  switch (pythonKind(haystack)) {
    case "list":
      return (haystack as readonly unknown[]).some((item) => pythonEquals(item, needle));
    case "string":
      return typeof needle === "string" ? containsCodePoints(haystack as string, needle) : undefined;
    case "dict":
      return containsKey(haystack as object, needle);
    default:
      return undefined;
  }
}

function containsKey(dict: object, needle: unknown): boolean | undefined {
  switch (pythonKind(needle)) {
    case "string":
      return Object.hasOwn(dict, needle as string);
    case "null":
    case "bool":
    case "number":
      // Hashable, but dict keys parsed from JSON are always strings.
      return false;
    default:
      return undefined;
  }
}

/**
 * A list from the document, indexed once so that Python `x in list` is a hash lookup
 * for scalars. Booleans are filed as the numbers they equal.
 * @example new ListMembership(["a", 1]).has(true) // true
 */
export class ListMembership {
  private readonly strings = new Set<string>();
  private readonly numbers = new Set<number>();
  private readonly containers: unknown[] = [];
  private readonly holdsNull: boolean;

  constructor(items: readonly unknown[]) {
    let holdsNull = false;
    for (const item of items) {
      if (typeof item === "string") this.strings.add(item);
      else if (typeof item === "number" || typeof item === "boolean") this.numbers.add(Number(item));
      else if (item === null || item === undefined) holdsNull = true;
      else this.containers.push(item);
    }
    this.holdsNull = holdsNull;
  }

  /** Python `needle in list`; never fails. */
  has(needle: unknown): boolean {
    switch (typeof needle) {
      case "string":
        return this.strings.has(needle);
      case "number":
        return this.numbers.has(needle);
      case "boolean":
        return this.numbers.has(needle ? 1 : 0);
      case "undefined":
        return this.holdsNull;
      default:
        if (needle === null) return this.holdsNull;
        return this.containers.length > 0 && this.containers.some((item) => pythonEquals(item, needle));
    }
  }
}
