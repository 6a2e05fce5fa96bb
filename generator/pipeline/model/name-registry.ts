import type { Diagnostic } from "../diagnostics.js";
import type { SourcePosition } from "../load/loaded-file.js";
import { MODEL_CODES } from "./model-diagnostics.js";
import { compareText } from "./ts-type.js";

/** Who wants a top-level name in a generated module. */
export type NameOwner =
  | { readonly kind: "flag"; readonly key: string; readonly file: string; readonly position: SourcePosition }
  | { readonly kind: "module" }
  | { readonly kind: "declared"; readonly file: string; readonly position: SourcePosition };

export interface NameClaim {
  readonly name: string;
  readonly owner: NameOwner;
}

/**
 * Every name claimed more than once, as errors at each position involved: two flags are reported
 * at both flags, a flag against a fixed module name at the flag, declared types at the schema file.
 * Nothing is renamed.
 */
export function findNameCollisions(claims: readonly NameClaim[]): Diagnostic[] {
  const byName = new Map<string, NameOwner[]>();
  for (const { name, owner } of claims) byName.set(name, [...(byName.get(name) ?? []), owner]);
  return [...byName.entries()]
    .filter(([, owners]) => owners.length > 1)
    .sort(([a], [b]) => compareText(a, b))
    .flatMap(([name, owners]) => owners.flatMap((owner) => reportOwner(name, owner, owners)));
}

function reportOwner(name: string, owner: NameOwner, owners: readonly NameOwner[]): Diagnostic[] {
  if (owner.kind === "module") return [];
  const others = owners.filter((other) => other !== owner).sort(byPosition);
  const described = others.map(describeOwner).join(" and ");
  if (owner.kind === "declared") {
    const message = `declared type \`${name}\` clashes with ${described}; rename it in the declared types file`;
    return [diagnostic(owner, MODEL_CODES.declaredNameCollision, message)];
  }
  const flags = others.filter((other) => other.kind === "flag");
  const [code, advice] =
    flags.length > 0 ? [MODEL_CODES.generatedNameCollision, "rename all but one"]
    : others.some((other) => other.kind === "module") ? [MODEL_CODES.reservedGeneratedName, "rename the flag"]
    : [MODEL_CODES.declaredNameCollision, "rename the flag or the declared type"];
  return [diagnostic(owner, code, `flag "${owner.key}" maps to \`${name}\`, which clashes with ${described}; ${advice}`)];
}

function describeOwner(owner: NameOwner): string {
  switch (owner.kind) {
    case "flag":
      return `flag "${owner.key}" (${owner.position.line}:${owner.position.column})`;
    case "module":
      return "a name every generated module already defines";
    case "declared":
      return `a type in ${owner.file}`;
  }
}

function byPosition(a: NameOwner, b: NameOwner): number {
  const line = (owner: NameOwner) => (owner.kind === "module" ? 0 : owner.position.line);
  const column = (owner: NameOwner) => (owner.kind === "module" ? 0 : owner.position.column);
  return line(a) - line(b) || column(a) - column(b);
}

function diagnostic(
  owner: { readonly file: string; readonly position: SourcePosition },
  code: string,
  message: string,
): Diagnostic {
  return { file: owner.file, line: owner.position.line, column: owner.position.column, severity: "error", code, message };
}
