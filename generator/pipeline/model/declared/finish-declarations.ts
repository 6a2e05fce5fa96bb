import { ts } from "ts-morph";

/** Declarations after the post-pass, and what the model needs to know about them. */
export interface FinishedDeclarations {
  /** LF line endings, one declaration after another. */
  readonly text: string;
  /** Every top-level name, as declared in `text` (prefixed where renamed). */
  readonly names: readonly string[];
  /** Keys the context interface declares optional; empty when the context is not a plain interface. */
  readonly optionalContextKeys: readonly string[];
}

export interface FinishOptions {
  /** Names that stay as they are: the declared context and the declared value types. */
  readonly keep: ReadonlySet<string>;
  /** The module's type prefix, put before every other name (`Tier` → `ShopTier`). */
  readonly prefix: string;
  readonly contextName: string;
}

/**
 * The one post-pass over json-schema-to-typescript's output, so declared types follow the same
 * conventions as inferred ones: readonly all the way down (members, index signatures, arrays and
 * tuples; values are frozen at run time, and a readonly context type accepts mutable and readonly
 * input alike), and every name other than the context and value types prefixed with the module's
 * prefix, so two modules' `$defs` names cannot clash in one barrel. `text` must hold only
 * interface and type alias declarations (checked before).
 * @example finishDeclarations("export type Tier = string[]", { keep: new Set(), prefix: "Shop", contextName: "ShopDeclaredContext" }).text // "export type ShopTier = readonly string[];\n"
 */
export function finishDeclarations(text: string, options: FinishOptions): FinishedDeclarations {
  const source = ts.createSourceFile("declared.ts", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const declared = source.statements.flatMap((statement) => (isDeclaration(statement) ? [statement.name.text] : []));
  const renames = new Map(declared.filter((name) => !options.keep.has(name)).map((name) => [name, `${options.prefix}${name}`]));
  const result = ts.transform(source, [(context) => (root) => ts.visitEachChild(root, finisher(context, renames), context)]);
  const [finished] = result.transformed;
  const printed = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed }).printFile(finished ?? source);
  result.dispose();
  return {
    text: printed,
    names: declared.map((name) => renames.get(name) ?? name),
    optionalContextKeys: optionalKeysOf(source, options.contextName),
  };
}

function isDeclaration(node: ts.Node): node is ts.InterfaceDeclaration | ts.TypeAliasDeclaration {
  return ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node);
}

function finisher(context: ts.TransformationContext, renames: ReadonlyMap<string, string>): ts.Visitor {
  const { factory } = context;
  const readonlyModifier = () => factory.createModifier(ts.SyntaxKind.ReadonlyKeyword);
  const withReadonly = <M extends ts.ModifierLike>(modifiers: readonly M[] | undefined): (M | ts.Modifier)[] => {
    const kept = [...(modifiers ?? [])];
    return kept.some((modifier) => modifier.kind === ts.SyntaxKind.ReadonlyKeyword) ? kept : [readonlyModifier(), ...kept];
  };
  const renamed = (name: ts.Identifier): ts.Identifier => {
    const target = renames.get(name.text);
    return target === undefined ? name : factory.createIdentifier(target);
  };
  const visit = (node: ts.Node): ts.Node => {
    const inner = ts.visitEachChild(node, visit, context);
    if (ts.isArrayTypeNode(inner) || ts.isTupleTypeNode(inner)) {
      // The printer lays tuples out one element per line unless told otherwise.
      if (ts.isTupleTypeNode(inner)) ts.setEmitFlags(inner, ts.EmitFlags.SingleLine);
      return alreadyReadonly(node) || isRestElement(node) ? inner : factory.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, inner);
    }
    if (ts.isPropertySignature(inner)) {
      return factory.updatePropertySignature(inner, withReadonly(inner.modifiers), inner.name, inner.questionToken, inner.type);
    }
    if (ts.isIndexSignatureDeclaration(inner)) {
      return factory.updateIndexSignature(inner, withReadonly(inner.modifiers), inner.parameters, inner.type);
    }
    if (ts.isTypeReferenceNode(inner) && ts.isIdentifier(inner.typeName)) {
      return factory.updateTypeReferenceNode(inner, renamed(inner.typeName), inner.typeArguments);
    }
    if (ts.isExpressionWithTypeArguments(inner) && ts.isIdentifier(inner.expression)) {
      return factory.updateExpressionWithTypeArguments(inner, renamed(inner.expression), inner.typeArguments);
    }
    if (ts.isInterfaceDeclaration(inner)) {
      return factory.updateInterfaceDeclaration(inner, inner.modifiers, renamed(inner.name), inner.typeParameters, inner.heritageClauses, inner.members);
    }
    if (ts.isTypeAliasDeclaration(inner)) {
      return factory.updateTypeAliasDeclaration(inner, inner.modifiers, renamed(inner.name), inner.typeParameters, inner.type);
    }
    return inner;
  };
  return visit;
}

function alreadyReadonly(node: ts.Node): boolean {
  const { parent } = node;
  return ts.isTypeOperatorNode(parent) && parent.operator === ts.SyntaxKind.ReadonlyKeyword;
}

/** `...T[]` inside a tuple: the tuple is made readonly, its rest element stays an array type. */
function isRestElement(node: ts.Node): boolean {
  let parent = node.parent;
  while (ts.isParenthesizedTypeNode(parent)) parent = parent.parent;
  return ts.isRestTypeNode(parent) || (ts.isNamedTupleMember(parent) && parent.dotDotDotToken !== undefined);
}

function optionalKeysOf(source: ts.SourceFile, contextName: string): string[] {
  const context = source.statements.find((statement) => ts.isInterfaceDeclaration(statement) && statement.name.text === contextName);
  if (!context || !ts.isInterfaceDeclaration(context)) return [];
  return context.members.flatMap((member) =>
    ts.isPropertySignature(member) && member.questionToken !== undefined && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))
      ? [member.name.text]
      : [],
  );
}
