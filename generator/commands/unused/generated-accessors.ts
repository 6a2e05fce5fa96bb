import { ts } from "ts-morph";
import { FIXED_EXPORT_NAMES } from "../../pipeline/model/naming.js";

/** One accessor of a generated module: `isPremiumFeaturesEnabled` → flag `premium_features`. */
export interface GeneratedAccessor {
  readonly name: string;
  readonly flag: string;
  readonly declaration: ts.FunctionDeclaration;
}

/** What a generated module offers: its accessors and its typed `evaluate`. */
export interface GeneratedModuleInfo {
  readonly sourceFile: ts.SourceFile;
  readonly accessors: readonly GeneratedAccessor[];
  /** Every flag of the module (each has an accessor). */
  readonly flags: ReadonlySet<string>;
  readonly evaluate?: ts.FunctionDeclaration;
}

const FIXED_EXPORTS: ReadonlySet<string> = new Set(FIXED_EXPORT_NAMES);

/**
 * Reads a flagtype module: every exported function other than the fixed API that returns
 * `<handle>.evaluate("<flag>", …)` (or, in a native module, `<handle>.isEnabled("<flag>", …)`) is an
 * accessor of that flag.
 * @example readGeneratedModule(program.getSourceFile("generated/features.ts")!).accessors[0]?.flag // "premium_features"
 */
export function readGeneratedModule(sourceFile: ts.SourceFile): GeneratedModuleInfo {
  const accessors: GeneratedAccessor[] = [];
  let evaluate: ts.FunctionDeclaration | undefined;
  for (const statement of sourceFile.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name || !isExported(statement)) continue;
    const name = statement.name.text;
    if (name === "evaluate") evaluate = statement;
    if (FIXED_EXPORTS.has(name)) continue;
    const flag = evaluatedFlag(statement);
    if (flag !== undefined) accessors.push({ name, flag, declaration: statement });
  }
  return { sourceFile, accessors, flags: new Set(accessors.map((accessor) => accessor.flag)), ...(evaluate ? { evaluate } : {}) };
}

function isExported(declaration: ts.FunctionDeclaration): boolean {
  return ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Export ? true : false;
}

/** The handle's methods an accessor returns the call of. */
const ACCESSOR_CALLS: ReadonlySet<string> = new Set(["evaluate", "isEnabled"]);

/** The flag name in the accessor's `return features.evaluate("flag", …)`. */
function evaluatedFlag(declaration: ts.FunctionDeclaration): string | undefined {
  for (const statement of declaration.body?.statements ?? []) {
    if (!ts.isReturnStatement(statement) || !statement.expression || !ts.isCallExpression(statement.expression)) continue;
    const { expression: callee, arguments: args } = statement.expression;
    const [first] = args;
    if (ts.isPropertyAccessExpression(callee) && ACCESSOR_CALLS.has(callee.name.text) && first && ts.isStringLiteral(first)) return first.text;
  }
  return undefined;
}
