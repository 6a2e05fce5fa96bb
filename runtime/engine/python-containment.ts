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

/** Up to this many scalars, a linear `===` scan beats hashing the needle. */
const LINEAR_SCAN_LIMIT = 8;

/** Membership test for one kind of scalar: an array scan when short, a Set otherwise. */
function scalarLookup<T>(items: readonly T[]): (needle: T) => boolean {
  if (items.length === 0) return () => false;
  if (items.length > LINEAR_SCAN_LIMIT) {
    const set = new Set(items);
    return (needle) => set.has(needle);
  }
  return (needle) => {
    for (let index = 0; index < items.length; index++) if (items[index] === needle) return true;
    return false;
  };
}

/**
 * A list from the document, indexed once so that Python `x in list` costs a short
 * scan or a hash lookup for scalars. Booleans are filed as the numbers they equal.
 * @example new ListMembership(["a", 1]).has(true) // true
 */
export class ListMembership {
  private readonly hasString: (needle: string) => boolean;
  private readonly hasNumber: (needle: number) => boolean;
  private readonly containers: unknown[] = [];
  private readonly holdsNull: boolean;

  constructor(items: readonly unknown[]) {
    const strings: string[] = [];
    const numbers: number[] = [];
    let holdsNull = false;
    for (const item of items) {
      if (typeof item === "string") strings.push(item);
      else if (typeof item === "number" || typeof item === "boolean") numbers.push(Number(item));
      else if (item === null || item === undefined) holdsNull = true;
      else this.containers.push(item);
    }
    this.hasString = scalarLookup([...new Set(strings)]);
    // -0 === 0 and Set treats them alike too; NaN never comes from JSON.
    this.hasNumber = scalarLookup([...new Set(numbers)]);
    this.holdsNull = holdsNull;
  }

  /** Python `needle in list`; never fails. */
  has(needle: unknown): boolean {
    switch (typeof needle) {
      case "string":
        return this.hasString(needle);
      case "number":
        return this.hasNumber(needle);
      case "boolean":
        return this.hasNumber(needle ? 1 : 0);
      case "undefined":
        return this.holdsNull;
      default:
        if (needle === null) return this.holdsNull;
        return this.containers.length > 0 && this.containers.some((item) => pythonEquals(item, needle));
    }
  }
}
