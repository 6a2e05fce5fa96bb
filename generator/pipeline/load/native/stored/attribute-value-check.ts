import type { AttributeConstraints, NumberConstraints, StringConstraints } from "./stored-document.js";
import { isPlainObject } from "./stored-document.js";
import type { StoredFindings, StoredPath } from "./stored-finding.js";

/**
 * Checks one attribute value against its declared constraints (type, enum, pattern, minimum,
 * maximum, array elements) and against the value shapes AWS allows: no empty arrays, no
 * mixed arrays. `constraints` undefined means the attribute is declared without constraints.
 * @example checkAttributeValue(600, { type: "number", maximum: 500 }, ["values", "f", "n"], findings) // reports "600 is above the maximum 500"
 */
export function checkAttributeValue(value: unknown, constraints: AttributeConstraints | undefined, path: StoredPath, findings: StoredFindings): void {
  if (Array.isArray(value)) {
    if (!checkArrayShape(value, path, findings)) return;
  } else if (!["string", "number", "boolean"].includes(typeof value)) {
    findings.error(path, "an attribute value must be a string, number, boolean or array of strings or numbers");
    return;
  }
  if (!isPlainObject(constraints)) return;
  switch (constraints.type) {
    case "string":
    case "number":
    case "boolean":
      if (typeof value !== constraints.type) findings.error(path, `expected a ${constraints.type}, found ${describe(value)}`);
      else checkScalar(value, constraints, path, findings);
      return;
    case "array": {
      if (!Array.isArray(value)) {
        findings.error(path, `expected an array, found ${describe(value)}`);
        return;
      }
      const elements = constraints.elements;
      if (!isPlainObject(elements)) return;
      value.forEach((element: unknown, index) => {
        if (typeof element !== elements.type) findings.error([...path, index], `expected a ${elements.type}, found ${describe(element)}`);
        else checkScalar(element, elements, [...path, index], findings);
      });
    }
  }
}

function checkArrayShape(value: readonly unknown[], path: StoredPath, findings: StoredFindings): boolean {
  if (value.length === 0) {
    findings.error(path, "empty arrays are not allowed (AWS's schema rejects them: both array branches match)");
    return false;
  }
  const kinds = new Set(value.map((element) => typeof element));
  if (kinds.size !== 1 || !(kinds.has("string") || kinds.has("number"))) {
    findings.error(path, "an array attribute holds only strings or only numbers");
    return false;
  }
  return true;
}

function checkScalar(value: unknown, constraints: AttributeConstraints, path: StoredPath, findings: StoredFindings): void {
  if (constraints.type === "string" && typeof value === "string") checkString(value, constraints, path, findings);
  if (constraints.type === "number" && typeof value === "number") checkNumber(value, constraints, path, findings);
}

function checkString(value: string, constraints: StringConstraints, path: StoredPath, findings: StoredFindings): void {
  const entries = constraints.enum;
  // An integer entry of a string enum is taken to match its decimal text (AWS does not say).
  if (Array.isArray(entries) && !entries.some((entry) => entry === value || String(entry) === value)) {
    findings.error(path, `${JSON.stringify(value)} is not one of ${entries.map((entry) => JSON.stringify(entry)).join(", ")}`);
  }
  if (typeof constraints.pattern === "string") {
    const regex = compile(constraints.pattern);
    if (regex && !regex.test(value)) findings.error(path, `${JSON.stringify(value)} does not match the pattern ${constraints.pattern}`);
  }
}

function checkNumber(value: number, constraints: NumberConstraints, path: StoredPath, findings: StoredFindings): void {
  if (typeof constraints.minimum === "number" && value < constraints.minimum) findings.error(path, `${value} is below the minimum ${constraints.minimum}`);
  if (typeof constraints.maximum === "number" && value > constraints.maximum) findings.error(path, `${value} is above the maximum ${constraints.maximum}`);
}

/** The pattern as a JavaScript RegExp (unanchored, as JSON Schema's `pattern`), or undefined when invalid. */
export function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return `a ${typeof value}`;
}
