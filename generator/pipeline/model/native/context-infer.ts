import { OPERATORS, type RuleOperator } from "../../load/native/rules/operators.js";
import type { ContextRef, Literal, Operand, RuleExpression } from "../../load/native/rules/rule-expression.js";

/** The TypeScript type of a context value, as the generator will spell it. */
export type ContextValueType = "string" | "number" | "boolean";

/** What a key is when nothing in the rules constrains it (it is only compared with other keys or tested with exists). */
export const ANY_CONTEXT_TYPE: readonly ContextValueType[] = ["string", "number", "boolean"];

/** Where a key is read: `rule` is the index in the array given to {@link inferContext}. */
export interface ContextLocation {
  readonly rule: number;
  readonly offset: number;
  readonly length: number;
}

export interface ContextUse extends ContextLocation {
  readonly operator: RuleOperator;
  /** The types this use allows; `undefined` when it allows anything (`exists`, key-to-key comparison). */
  readonly types: readonly ContextValueType[] | undefined;
}

export interface InferredContextKey {
  readonly name: string;
  /** Allowed types: the intersection over all uses, or their union when they conflict. */
  readonly types: readonly ContextValueType[];
  /** True when every use is `exists`: the rules work without the key. */
  readonly optional: boolean;
  readonly uses: readonly ContextUse[];
}

/** A key used with types no single value can have, with every constraining use's location. */
export interface ContextConflict {
  readonly key: string;
  readonly message: string;
  readonly locations: readonly ContextLocation[];
}

export interface InferredContext {
  /** Sorted by name. */
  readonly keys: readonly InferredContextKey[];
  readonly conflicts: readonly ContextConflict[];
}

/**
 * Infers the context a flag's rules read. Timestamps are typed `string`: the agent receives
 * context as text, and ISO-8601 text is what a caller sends. Undefined entries (the default
 * variant, rules that failed to check) are skipped but keep their index.
 * @example
 * const rule = compileRule('(and (exists key::"beta") (in $plan ["pro", "team"]))').expression;
 * inferContext([rule]).keys.map((key) => [key.name, key.types, key.optional]);
 * // [["beta", ["string", "number", "boolean"], true], ["plan", ["string"], false]]
 */
export function inferContext(rules: readonly (RuleExpression | undefined)[]): InferredContext {
  const usesByKey = new Map<string, ContextUse[]>();
  rules.forEach((rule, index) => {
    if (!rule) return;
    for (const [ref, use] of usesOf(rule, index)) {
      const uses = usesByKey.get(ref.name) ?? [];
      uses.push(use);
      usesByKey.set(ref.name, uses);
    }
  });
  const keys: InferredContextKey[] = [];
  const conflicts: ContextConflict[] = [];
  for (const name of [...usesByKey.keys()].sort()) {
    const uses = usesByKey.get(name) ?? [];
    const merged = mergeUses(name, uses);
    keys.push({ name, types: merged.types, optional: uses.every((use) => use.operator === "exists"), uses });
    if (merged.conflict) conflicts.push(merged.conflict);
  }
  return { keys, conflicts };
}

function usesOf(expression: RuleExpression, rule: number): [ContextRef, ContextUse][] {
  const use = (ref: ContextRef, types: readonly ContextValueType[] | undefined): [ContextRef, ContextUse] => [
    ref,
    { rule, offset: ref.start, length: ref.end - ref.start, operator: expression.op, types },
  ];
  switch (expression.op) {
    case "and":
    case "or":
      return expression.operands.flatMap((operand) => usesOf(operand, rule));
    case "not":
      return usesOf(expression.operand, rule);
    case "in": {
      if (expression.item.kind !== "ref") return [];
      const types = [...new Set(expression.list.map(literalType))];
      return [use(expression.item, types.length === 0 ? undefined : sortTypes(types))];
    }
    case "matches":
      return expression.input.kind === "ref" ? [use(expression.input, ["string"])] : [];
    case "exists":
      return [use(expression.key, undefined)];
    case "split":
      return [use(expression.by, ["string"])];
    default: {
      const { left, right } = expression;
      const implied = OPERATORS[expression.op].context;
      const typeBeside = (other: Operand): readonly ContextValueType[] | undefined =>
        implied === "string" ? ["string"] : other.kind === "ref" ? undefined : [literalType(other)];
      const found: [ContextRef, ContextUse][] = [];
      if (left.kind === "ref") found.push(use(left, typeBeside(right)));
      if (right.kind === "ref") found.push(use(right, typeBeside(left)));
      return found;
    }
  }
}

function literalType(literal: Literal): ContextValueType {
  if (literal.kind === "timestamp") return "string";
  return literal.kind;
}

function mergeUses(name: string, uses: readonly ContextUse[]): { types: readonly ContextValueType[]; conflict?: ContextConflict } {
  const constraining = uses.filter((use) => use.types !== undefined);
  if (constraining.length === 0) return { types: ANY_CONTEXT_TYPE };
  const sets = constraining.map((use) => use.types ?? ANY_CONTEXT_TYPE);
  const common = ANY_CONTEXT_TYPE.filter((type) => sets.every((set) => set.includes(type)));
  if (common.length > 0) return { types: common };
  const union = sortTypes([...new Set(sets.flat())]);
  const described = constraining.map((use) => `${(use.types ?? []).join(" | ")} (${use.operator} in rule ${use.rule})`);
  const message = `context key ${name} is used with incompatible types: ${[...new Set(described)].join(", ")}`;
  const locations = constraining.map(({ rule, offset, length }) => ({ rule, offset, length }));
  return { types: union, conflict: { key: name, message, locations } };
}

function sortTypes(types: readonly ContextValueType[]): ContextValueType[] {
  return ANY_CONTEXT_TYPE.filter((type) => types.includes(type));
}
