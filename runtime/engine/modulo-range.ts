import type { JsonValue, ValidationIssue } from "../types.js";
import { describeValue, isJsonObject, memberOf } from "./json-shape.js";

const MODULO_KEYS = ["BASE", "START", "END"] as const;

/** A Python int as JSON gives it to JavaScript: an integral number, or a boolean (0/1). */
function isPythonInt(value: unknown): value is number | boolean {
  return typeof value === "boolean" || Number.isInteger(value);
}

/**
 * Defects of a MODULO_RANGE condition value (paths relative to the value): an object
 * whose BASE, START and END are integers (booleans count as 0/1) with
 * `0 <= START <= END <= BASE - 1`.
 * @example validateModuloRange({ BASE: 10, START: 5, END: 2 })[0]?.message
 */
export function validateModuloRange(value: unknown): ValidationIssue[] {
  if (!isJsonObject(value)) {
    return [{ path: [], message: `MODULO_RANGE value must be an object with BASE, START and END; found ${describeValue(value)}` }];
  }
  const issues: ValidationIssue[] = [];
  for (const name of MODULO_KEYS) {
    const member = memberOf(value, name);
    if (member === undefined) issues.push({ path: [name], message: `MODULO_RANGE value must have ${name}` });
    else if (!isPythonInt(member)) {
      issues.push({ path: [name], message: `MODULO_RANGE ${name} must be an integer; found ${describeValue(member)}` });
    }
  }
  if (issues.length > 0) return issues;
  const [base, start, end] = MODULO_KEYS.map((name) => Number(memberOf(value, name))) as [number, number, number];
  if (!(0 <= start && start <= end && end <= base - 1)) {
    return [
      {
        path: [],
        message: `MODULO_RANGE needs 0 <= START <= END <= BASE - 1, got BASE ${base}, START ${start}, END ${end}`,
      },
    ];
  }
  return issues;
}

/**
 * Python's `%`: the remainder takes the sign of the divisor (`-56 % 10 === 4`).
 * JavaScript's `%` is C's exact `fmod`; the adjustment is Python's own.
 * @example pythonModulo(-56, 10) // 4
 */
export function pythonModulo(dividend: number, divisor: number): number {
  const remainder = dividend % divisor;
  if (remainder === 0) return divisor < 0 ? -0 : 0;
  return remainder < 0 !== divisor < 0 ? remainder + divisor : remainder;
}

/**
 * Compiles a validated MODULO_RANGE value into a test of the context value:
 * `START <= ctx % BASE <= END`, where ctx must be a number or boolean.
 * @example compileModuloRange({ BASE: 10, START: 4, END: 8 })(-56) // true
 */
export function compileModuloRange(value: JsonValue): (contextValue: unknown) => boolean {
  const range = value as Readonly<Record<string, number | boolean>>;
  const base = Number(range["BASE"]);
  const start = Number(range["START"]);
  const end = Number(range["END"]);
  return (contextValue) => {
    if (typeof contextValue !== "number" && typeof contextValue !== "boolean") return false;
    const remainder = pythonModulo(Number(contextValue), base);
    return start <= remainder && remainder <= end;
  };
}
