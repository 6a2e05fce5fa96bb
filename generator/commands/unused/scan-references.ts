import { ts } from "ts-morph";
import type { GeneratedAccessor, GeneratedModuleInfo } from "./generated-accessors.js";

/** A string-literal flag name passed to an `evaluate` that has no such flag. */
export interface UnknownFlagReference {
  readonly sourceFile: ts.SourceFile;
  readonly node: ts.StringLiteralLike;
  readonly flag: string;
  /** The generated module whose typed `evaluate` was called; absent for `FeatureFlags#evaluate`. */
  readonly module?: GeneratedModuleInfo;
}

export interface ReferenceScan {
  /** Flags used per module: accessor referenced, or name passed to an evaluate. */
  readonly usedFlags: ReadonlyMap<GeneratedModuleInfo, ReadonlySet<string>>;
  /** Accessors some file refers to (other than by importing or re-exporting it). */
  readonly referencedAccessors: ReadonlySet<GeneratedAccessor>;
  readonly unknown: readonly UnknownFlagReference[];
}

// The runtime's sources, its build (runtime/dist) or the installed package (@flagtype/runtime/dist).
const FEATURE_FLAGS_DECLARATION = /[\\/]runtime[\\/](?:dist[\\/])?(?:feature-flags|native[\\/]native-feature-flags)\.(?:d\.)?[cm]?ts$/;
const FEATURE_FLAGS_CLASSES: ReadonlySet<string> = new Set(["FeatureFlags", "NativeFeatureFlags"]);
const FEATURE_FLAGS_METHODS: ReadonlySet<string> = new Set(["evaluate", "evaluateDetails"]);

/**
 * Finds what `files` use of the generated modules: identifiers whose symbol (through imports and
 * re-exports) is an accessor's declaration, and string-literal names passed to a module's typed
 * `evaluate` or to `FeatureFlags#evaluate`. Import and export specifiers alone are not uses.
 * Cheap: the checker is only asked about identifiers spelled like an accessor and about calls
 * whose first argument is a string literal.
 * @example const { usedFlags, unknown } = scanReferences(program.getTypeChecker(), userFiles, modules);
 */
export function scanReferences(checker: ts.TypeChecker, files: readonly ts.SourceFile[], modules: readonly GeneratedModuleInfo[]): ReferenceScan {
  const scanner = new ReferenceScanner(checker, modules);
  for (const file of files) scanner.scanFile(file);
  return { usedFlags: scanner.used, referencedAccessors: scanner.referenced, unknown: scanner.unknown };
}

class ReferenceScanner {
  readonly used: Map<GeneratedModuleInfo, Set<string>>;
  readonly unknown: UnknownFlagReference[] = [];
  readonly referenced = new Set<GeneratedAccessor>();
  private readonly accessors: Map<ts.Node, { module: GeneratedModuleInfo; accessor: GeneratedAccessor }>;
  private readonly accessorNames: Set<string>;
  private readonly evaluates: Map<ts.Node, GeneratedModuleInfo>;
  private readonly allFlags: Set<string>;

  constructor(private readonly checker: ts.TypeChecker, modules: readonly GeneratedModuleInfo[]) {
    this.used = new Map(modules.map((module) => [module, new Set<string>()]));
    this.accessors = new Map(modules.flatMap((module) => module.accessors.map((accessor) => [accessor.declaration as ts.Node, { module, accessor }] as const)));
    this.accessorNames = new Set(modules.flatMap((module) => module.accessors.map((accessor) => accessor.name)));
    this.evaluates = new Map(modules.flatMap((module) => (module.evaluate ? [[module.evaluate as ts.Node, module] as const] : [])));
    this.allFlags = new Set(modules.flatMap((module) => [...module.flags]));
  }

  scanFile(sourceFile: ts.SourceFile): void {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && this.accessorNames.has(node.text) && !isBindingName(node)) this.noteIdentifier(node);
      else if (ts.isCallExpression(node)) this.noteCall(sourceFile, node);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }

  private noteIdentifier(node: ts.Identifier): void {
    for (const declaration of resolvedDeclarations(this.checker, node)) {
      const found = this.accessors.get(declaration);
      if (!found) continue;
      this.referenced.add(found.accessor);
      this.used.get(found.module)?.add(found.accessor.flag);
    }
  }

  private noteCall(sourceFile: ts.SourceFile, call: ts.CallExpression): void {
    const [first] = call.arguments;
    if (!first || !ts.isStringLiteralLike(first)) return;
    const member = ts.isPropertyAccessExpression(call.expression) ? call.expression : undefined;
    const declarations = resolvedDeclarations(this.checker, member ? member.name : call.expression);
    const module = declarations.map((declaration) => this.evaluates.get(declaration)).find((found) => found !== undefined);
    if (module) {
      if (module.flags.has(first.text)) this.used.get(module)?.add(first.text);
      else this.unknown.push({ sourceFile, node: first, flag: first.text, module });
      return;
    }
    if (!member || !FEATURE_FLAGS_METHODS.has(member.name.text) || !isFeatureFlags(this.checker, member.expression)) return;
    if (!this.allFlags.has(first.text)) this.unknown.push({ sourceFile, node: first, flag: first.text });
    for (const [candidate, flags] of this.used) if (candidate.flags.has(first.text)) flags.add(first.text);
  }
}

/** The declarations a name stands for, following import and export aliases to the original. */
function resolvedDeclarations(checker: ts.TypeChecker, node: ts.Node): readonly ts.Declaration[] {
  // In `{ isBetaEnabled }` the name stands for a new property; the value is the accessor.
  let symbol = ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node
    ? checker.getShorthandAssignmentValueSymbol(node.parent)
    : checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.declarations ?? [];
}

/** Names in `import { x }`, `export { x }`, `import x`, `import * as x`, `export default x`: bindings, not uses. */
function isBindingName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent) || ts.isExportAssignment(parent);
}

/** Whether `expression` is an instance of flagtype's `FeatureFlags` class. */
function isFeatureFlags(checker: ts.TypeChecker, expression: ts.Expression): boolean {
  const symbol = checker.getTypeAtLocation(expression).getSymbol();
  return FEATURE_FLAGS_CLASSES.has(symbol?.getName() ?? "") && (symbol?.declarations ?? []).some((declaration) => FEATURE_FLAGS_DECLARATION.test(declaration.getSourceFile().fileName));
}
