import type { Diagnostic } from "../diagnostics.js";
import type { LoadedFlagsFile } from "../load/loaded-file.js";
import type { SourcePosition } from "../load/loaded-file.js";
import type { DeclaredTypesModel, FlagModel } from "./flags-model.js";
import { errorAt, MODEL_CODES } from "./model-diagnostics.js";
import { findNameCollisions, type NameClaim } from "./name-registry.js";
import { FIXED_EXPORT_NAMES, isBindingIdentifier, moduleTypeNames, PRIVATE_NAMES, toPascalCase } from "./naming.js";

/** The top-level names one flag adds to its module, and where the flag is. */
export interface FlagNames {
  readonly key: string;
  readonly position: SourcePosition;
  readonly names: readonly string[];
}

/** Every top-level name the module will declare, checked for collisions and validity. */
export function checkModuleNames(
  file: LoadedFlagsFile,
  typePrefix: string,
  flags: readonly FlagNames[],
  declared: DeclaredTypesModel | undefined,
): Diagnostic[] {
  const moduleOwner = { kind: "module" } as const;
  const { declaredContext, ...moduleNames } = moduleTypeNames(typePrefix);
  const claims: NameClaim[] = [...FIXED_EXPORT_NAMES, ...PRIVATE_NAMES, ...Object.values(moduleNames)].map((name) => ({
    name,
    owner: moduleOwner,
  }));
  for (const flag of flags) {
    const owner = { kind: "flag", key: flag.key, file: file.flags.file, position: flag.position } as const;
    for (const name of flag.names) claims.push({ name, owner });
  }
  if (declared && file.declaredTypes) {
    const owner = { kind: "declared", file: file.declaredTypes.file, position: file.declaredTypes.positionOf([]) } as const;
    for (const name of declared.names) claims.push({ name, owner: name === declaredContext ? moduleOwner : owner });
  }
  const invalid = claims
    .filter(({ name }) => !isBindingIdentifier(name))
    .map(({ name }) => errorAt(file.flags, [], MODEL_CODES.flagNameNotConvertible, `\`${name}\` is not a valid identifier`));
  return [...invalid, ...findNameCollisions(claims)];
}

/** The names a Powertools flag adds; a declared value type is declared by the declared types, not the flag. */
export function flagNames(flag: FlagModel): FlagNames {
  return { key: flag.key, position: flag.position, names: namesOf(flag) };
}

function namesOf(flag: FlagModel): string[] {
  const names = [flag.accessorName];
  if (flag.contextTypeName) names.push(flag.contextTypeName);
  if (flag.valueTypeName && flag.valueType.kind !== "reference") names.push(flag.valueTypeName);
  return names;
}

/**
 * The PascalCase prefix of a module's type names (`features` → `Features`), or the error that the
 * flags file's name cannot name a module (FT104, at the document's start).
 * @example moduleTypePrefix(file) // { typePrefix: "Features" }
 */
export function moduleTypePrefix(file: LoadedFlagsFile): { readonly typePrefix: string } | { readonly diagnostic: Diagnostic } {
  const typePrefix = toPascalCase(file.name);
  if (typePrefix !== undefined) return { typePrefix };
  const message = `file name "${file.name}" cannot name a module: use ASCII letters and digits in words separated by single _ - or spaces, starting with a letter`;
  return { diagnostic: errorAt(file.flags, [], MODEL_CODES.moduleNameNotConvertible, message) };
}
