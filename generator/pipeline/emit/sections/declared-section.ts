import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";
import type { ModuleModel } from "../../model/flags-model.js";
import { docText, stringLiteral, visibleText } from "../escape.js";
import type { SectionStatement } from "../section.js";

// ts-morph (CommonJS, with TypeScript inside) is required here on first use, synchronously, so
// emitting stays synchronous and only modules with a declared types file pay for loading it.
const require = createRequire(import.meta.url);

/**
 * The declared types (json-schema-to-typescript output, checked by the model to hold only type
 * declarations) re-printed by ts-morph from their structures, so they follow the module's style;
 * their user text goes through escape.ts like every other: string literals re-encoded, doc text
 * escaped, and what is left of the text (comments inside types) shown without invisible characters.
 */
export function declaredSection(model: ModuleModel): SectionStatement[] {
  if (!model.declared) return [];
  const printed = printDeclarations(model.declared.declarations);
  return printed === "" ? [] : [(writer) => writer.writeLines(printed)];
}

function printDeclarations(declarations: string): string {
  const tsMorph = require("ts-morph") as typeof TsMorph;
  const { IndentationText, NewLineKind, Node, Project, QuoteKind, StructureKind } = tsMorph;
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      indentationText: IndentationText.TwoSpaces,
      useTrailingCommas: true,
    },
  });
  const parsed = project.createSourceFile("flagtype-declared-input.ts", visibleText(withStringLiterals(tsMorph.ts, declarations)));
  const statements = parsed
    .getStatements()
    .flatMap((statement) => (Node.isInterfaceDeclaration(statement) || Node.isTypeAliasDeclaration(statement) ? [statement.getStructure()] : []))
    .map((structure) => ({ ...(escapeDocs(structure) as typeof structure), leadingTrivia: (writer: TsMorph.CodeBlockWriter) => writer.blankLineIfLastNot() }));
  const printed = project.createSourceFile("flagtype-declared-output.ts", { kind: StructureKind.SourceFile, statements }).getFullText();
  return printed.replace(/^\n+|\n+$/g, "");
}

/** `text` with every string literal (literal types, quoted property names) re-written by `stringLiteral`. */
function withStringLiterals(ts: typeof TsMorph.ts, text: string): string {
  const source = ts.createSourceFile("flagtype-declared-strings.ts", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const literals: TsMorph.ts.StringLiteral[] = [];
  const collect = (node: TsMorph.ts.Node): void => {
    if (ts.isStringLiteral(node)) literals.push(node);
    else ts.forEachChild(node, collect);
  };
  collect(source);
  const pieces: string[] = [];
  let copied = 0;
  for (const literal of literals) {
    pieces.push(text.slice(copied, literal.getStart(source)), stringLiteral(literal.text));
    copied = literal.getEnd();
  }
  pieces.push(text.slice(copied));
  return pieces.join("");
}

/** Every `docs` entry anywhere in a structure, re-escaped; structures are plain data. */
function escapeDocs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(escapeDocs);
  if (typeof node !== "object" || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === "docs" && Array.isArray(value) ? value.map(escapeDoc) : escapeDocs(value);
  }
  return copy;
}

function escapeDoc(doc: unknown): unknown {
  if (typeof doc === "string") return docText(doc);
  if (typeof doc !== "object" || doc === null) return doc;
  const { description, ...rest } = doc as { description?: unknown };
  return { ...rest, ...(typeof description === "string" ? { description: docText(description) } : {}) };
}
