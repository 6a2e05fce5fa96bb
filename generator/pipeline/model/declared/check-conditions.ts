import { ACTIONS } from "@flagtype/runtime/tooling";
import type { JsonValue } from "@flagtype/runtime";
import type { Diagnostic } from "../../diagnostics.js";
import type { JsonPath, PositionedJson } from "../../load/loaded-file.js";
import { errorAt, MODEL_CODES } from "../model-diagnostics.js";
import type { ConditionEntry } from "../read-document.js";
import type { DeclaredSchema } from "./declared-types-file.js";
import type { DeclaredValidator } from "./declared-validator.js";
import { followRefs, kindsOf, type ValueKind } from "./schema-kinds.js";
import { isSchemaObject, memberOf, pointerTo, type SchemaObject } from "./schema-walk.js";

interface KeyType {
  readonly pointer: string;
  readonly kinds: ReadonlySet<ValueKind>;
  /** Pointer of the `items` schema when the key's schema has one. */
  readonly itemsPointer?: string;
}

interface Check {
  readonly flags: PositionedJson;
  readonly schema: DeclaredSchema;
  readonly validator: DeclaredValidator;
}

/**
 * Checks one condition against the declared context: the key must be declared, the action's
 * implied type must be one the key can have, and the value (or its items) must be a value the
 * key can hold — "premuim" outside an enum is an error, not a rule that silently never matches.
 */
export function checkCondition(check: Check, condition: ConditionEntry): Diagnostic[] {
  const shape = ACTIONS[condition.action].contextShape;
  if (shape === "none") return [];
  const keyType = declaredKeyType(check.schema, condition.key);
  if (!keyType) {
    const message = `context key "${condition.key}" is not declared in ${check.schema.json.file}`;
    return [errorAt(check.flags, [...condition.path, "key"], MODEL_CODES.unknownContextKey, message)];
  }
  const needs = (kind: ValueKind) => requireKind(check, condition, keyType, kind);
  const { value } = condition;
  switch (shape) {
    case "value":
      return valueProblems(check, condition, keyType.pointer, [{ value, path: [...condition.path, "value"] }]);
    case "string":
      return needs("string");
    case "number":
      return needs("number");
    case "member-of-value":
      return Array.isArray(value) ? valueProblems(check, condition, keyType.pointer, itemsOf(condition)) : needs("string");
    case "container-of-value":
      if (typeof value === "string" && keyType.kinds.has("string")) return [];
      return [...needs("array"), ...itemProblems(check, condition, keyType, [{ value, path: [...condition.path, "value"] }])];
    case "array-of-value-items":
      return [...needs("array"), ...itemProblems(check, condition, keyType, itemsOf(condition))];
  }
}

function declaredKeyType(schema: DeclaredSchema, key: string): KeyType | undefined {
  const path = declaredKeyPath(schema.context, key);
  if (!path) return undefined;
  const keySchema = path.reduce<unknown>((node, part) => (isSchemaObject(node) ? memberOf(node, part) : undefined), schema.root);
  const target = followRefs(keySchema, schema.root);
  const items = isSchemaObject(target.schema) ? memberOf(target.schema, "items") : undefined;
  const pointer = pointerTo(path);
  return {
    pointer,
    kinds: kindsOf(keySchema, schema.root),
    ...(isSchemaObject(items) ? { itemsPointer: `${target.pointer ?? pointer}/items` } : {}),
  };
}

/** Declared keys are `properties`; others only when `additionalProperties` is explicitly allowed. */
function declaredKeyPath(context: SchemaObject, key: string): string[] | undefined {
  const properties = memberOf(context, "properties");
  if (isSchemaObject(properties) && Object.hasOwn(properties, key)) return ["context", "properties", key];
  const additional = memberOf(context, "additionalProperties");
  return additional === true || isSchemaObject(additional) ? ["context", "additionalProperties"] : undefined;
}

function requireKind(check: Check, condition: ConditionEntry, keyType: KeyType, kind: ValueKind): Diagnostic[] {
  if (keyType.kinds.has(kind)) return [];
  const declared = keyType.kinds.size === 0 ? "nothing" : [...keyType.kinds].sort().join(" | ");
  const message = `${condition.action} needs context key "${condition.key}" to be ${article(kind)}, but it is declared as ${declared}`;
  return [errorAt(check.flags, [...condition.path, "key"], MODEL_CODES.contextTypeMismatch, message)];
}

interface Located {
  readonly value: JsonValue;
  readonly path: JsonPath;
}

function itemsOf(condition: ConditionEntry): Located[] {
  const { value, path } = condition;
  return Array.isArray(value) ? value.map((item, index) => ({ value: item, path: [...path, "value", index] })) : [];
}

function itemProblems(check: Check, condition: ConditionEntry, keyType: KeyType, items: readonly Located[]): Diagnostic[] {
  return keyType.itemsPointer ? valueProblems(check, condition, keyType.itemsPointer, items) : [];
}

function valueProblems(check: Check, condition: ConditionEntry, pointer: string, located: readonly Located[]): Diagnostic[] {
  return located.flatMap(({ value, path }) => {
    const problem = check.validator.problemWith(pointer, value);
    if (problem === undefined) return [];
    const message = `${JSON.stringify(value)} can never be a value of context key "${condition.key}": declared type ${problem}`;
    return [errorAt(check.flags, path, MODEL_CODES.impossibleConditionValue, message)];
  });
}

function article(kind: ValueKind): string {
  return kind === "array" || kind === "object" ? `an ${kind}` : `a ${kind}`;
}

