import type { CodeWriter } from "./code-writer.js";
import { writeDocComment } from "./doc-comment.js";

// The three shapes of exported declaration the sections write. Names, types and parameters arrive
// as finished text: whatever came from the user went through escape.ts in the section.

export interface TypeAliasText {
  /** Doc body, escaped. */
  readonly docs: string;
  readonly name: string;
  readonly type: string;
}

/** `export type Name = Type;` */
export function writeTypeAlias(writer: CodeWriter, alias: TypeAliasText): void {
  writeDocComment(writer, alias.docs);
  writer.line(`export type ${alias.name} = ${alias.type};`);
}

export interface InterfaceText {
  readonly docs: string;
  readonly name: string;
  /** Written as `readonly name?: type;`, one per line. */
  readonly members: readonly { readonly name: string; readonly type: string; readonly optional?: boolean }[];
}

/** `export interface Name { … }` with readonly members (an empty body is `{` and `}` on two lines). */
export function writeInterface(writer: CodeWriter, declaration: InterfaceText): void {
  writeDocComment(writer, declaration.docs);
  writer.line(`export interface ${declaration.name} {`);
  writer.indented(() => {
    for (const member of declaration.members) writer.line(`readonly ${member.name}${member.optional ? "?" : ""}: ${member.type};`);
  });
  writer.line("}");
}

export interface FunctionText {
  readonly docs: string;
  readonly name: string;
  /** e.g. `N extends FeaturesFlagName`; none when absent. */
  readonly typeParameter?: string;
  /** Each as written, e.g. `context: TierContext`, `...context: ContextArgs<C>`, `options: O = {}`. */
  readonly parameters: readonly string[];
  readonly returnType: string;
  readonly body: readonly string[];
}

/** `export function name<T>(parameters): ReturnType { body }` */
export function writeFunction(writer: CodeWriter, declaration: FunctionText): void {
  writeDocComment(writer, declaration.docs);
  const typeParameters = declaration.typeParameter === undefined ? "" : `<${declaration.typeParameter}>`;
  writer.line(`export function ${declaration.name}${typeParameters}(${declaration.parameters.join(", ")}): ${declaration.returnType} {`);
  writer.indented(() => {
    for (const statement of declaration.body) writer.line(statement);
  });
  writer.line("}");
}
