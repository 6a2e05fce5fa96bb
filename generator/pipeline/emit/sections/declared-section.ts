import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";
import type { ModuleModel } from "../../model/flags-model.js";
import { docText } from "../escape.js";
import type { SectionStatement } from "../section.js";

// ts-morph (CommonJS, with TypeScript inside) is required here on first use, synchronously, so
// emitting stays synchronous and only modules with a declared types file pay for loading it.
const require = createRequire(import.meta.url);

/**
 * The declared types (json-schema-to-typescript output, checked by the model to hold only type
 * declarations) re-printed by ts-morph from their structures, so they follow the module's style;
 * their doc text goes through escape.ts like every other piece of user text.
 */
export function declaredSection(model: ModuleModel): SectionStatement[] {
  if (!model.declared) return [];
  const printed = printDeclarations(model.declared.declarations);
  return printed === "" ? [] : [(writer) => writer.writeLines(printed)];
}

function printDeclarations(declarations: string): string {
  const { IndentationText, NewLineKind, Node, Project, QuoteKind, StructureKind } = require("ts-morph") as typeof TsMorph;
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      indentationText: IndentationText.TwoSpaces,
      useTrailingCommas: true,
    },
  });
  const parsed = project.createSourceFile("flagtype-declared-input.ts", declarations);
  const statements = parsed
    .getStatements()
    .flatMap((statement) => (Node.isInterfaceDeclaration(statement) || Node.isTypeAliasDeclaration(statement) ? [statement.getStructure()] : []))
    .map((structure) => ({ ...(escapeDocs(structure) as typeof structure), leadingTrivia: (writer: TsMorph.CodeBlockWriter) => writer.blankLineIfLastNot() }));
  const printed = project.createSourceFile("flagtype-declared-output.ts", { kind: StructureKind.SourceFile, statements }).getFullText();
  return printed.replace(/^\n+|\n+$/g, "");
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
