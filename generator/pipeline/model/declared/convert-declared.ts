import { compile, type JSONSchema } from "json-schema-to-typescript";
import { ts } from "ts-morph";
import type { DeclaredTypesModel } from "../flags-model.js";
import type { DeclaredSchema } from "./declared-types-file.js";
import { finishDeclarations } from "./finish-declarations.js";
import { memberOf } from "./schema-walk.js";

/** Name of the wrapper json-schema-to-typescript converts; its own declaration is dropped. */
const WRAPPER_NAME = "FlagtypeDeclaredTypesRoot";

export interface DeclaredTypeNames {
  /** The module's type prefix: every declared name but the context and value types gets it. */
  readonly prefix: string;
  readonly context: string;
  /** Flag key → value type name. */
  readonly values: ReadonlyMap<string, string>;
}

/**
 * Converts the declared context and value schemas with json-schema-to-typescript in one run, so
 * shared `$defs` are declared once. Each root gets the generated name as its title. The output is
 * accepted only if it parses to nothing but type declarations: whatever the schema's text, no code
 * can come out of it. Throws with a message when conversion fails.
 */
export async function convertDeclaredTypes(schema: DeclaredSchema, names: DeclaredTypeNames): Promise<DeclaredTypesModel> {
  const properties: Record<string, JSONSchema> = { context: { ...schema.context, title: names.context } };
  [...names.values].forEach(([flag, name], index) => {
    properties[`value${index}`] = { ...(schema.values.get(flag) ?? {}), title: name };
  });
  const wrapper: JSONSchema = {
    ...definitionsOf(schema),
    title: WRAPPER_NAME,
    type: "object",
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
  const text = await compile(wrapper, WRAPPER_NAME, {
    bannerComment: "",
    format: false,
    additionalProperties: false,
    strictIndexSignatures: true,
    unknownAny: true,
    enableConstEnums: false,
    cwd: "/",
    $refOptions: { resolve: { external: false } },
  });
  return checkedDeclarations(text.replaceAll("\r\n", "\n"), names);
}

function definitionsOf(schema: DeclaredSchema): JSONSchema {
  const definitions: JSONSchema = {};
  for (const keyword of ["$defs", "definitions"] as const) {
    const value = memberOf(schema.root, keyword);
    if (value !== undefined) (definitions as Record<string, unknown>)[keyword] = value;
  }
  return definitions;
}

/**
 * Accepts converter output only when it parses cleanly into interface and type alias declarations
 * that include every expected name unrenamed; drops the wrapper's own declaration, then makes them
 * readonly and prefixed (`finishDeclarations`).
 */
export function checkedDeclarations(text: string, names: DeclaredTypeNames): DeclaredTypesModel {
  const { diagnostics } = ts.transpileModule(text, { reportDiagnostics: true });
  if (diagnostics && diagnostics.length > 0) throw new Error("the converted declarations do not parse");
  const source = ts.createSourceFile("declared.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const kept: string[] = [];
  const declared: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement) && !ts.isTypeAliasDeclaration(statement)) {
      throw new Error(`the converted declarations hold a ${ts.SyntaxKind[statement.kind]}, not only types`);
    }
    const name = statement.name.text;
    if (name === WRAPPER_NAME) continue;
    declared.push(name);
    kept.push(statement.getFullText(source).replace(/^\n+/, ""));
  }
  const expected = [names.context, ...names.values.values()];
  const renamed = expected.filter((name) => !declared.includes(name) || declared.some((other) => new RegExp(`^${name}\\d+$`).test(other)));
  if (renamed.length > 0) throw new Error(`declared type names clash with generated names: ${renamed.join(", ")}`);
  const finished = finishDeclarations(kept.join("\n"), { keep: new Set(expected), prefix: names.prefix, contextName: names.context });
  return {
    contextTypeName: names.context,
    declarations: finished.text,
    names: finished.names,
    optionalContextKeys: finished.optionalContextKeys,
  };
}
