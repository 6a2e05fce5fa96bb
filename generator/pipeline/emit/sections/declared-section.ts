import { Node, type Project } from "ts-morph";
import type { ModuleModel } from "../../model/flags-model.js";
import { docText } from "../escape.js";
import type { SectionStatement } from "../section.js";

/**
 * The declared types (json-schema-to-typescript output, checked by the model to hold only type
 * declarations) as structures, so they print in the module's style; their doc text goes through
 * escape.ts like every other piece of user text.
 */
export function declaredSection(model: ModuleModel, project: Project): SectionStatement[] {
  if (!model.declared) return [];
  const parsed = project.createSourceFile("flagtype-declared-input.ts", model.declared.declarations, { overwrite: true });
  const statements = parsed
    .getStatements()
    .flatMap((statement) =>
      Node.isInterfaceDeclaration(statement) || Node.isTypeAliasDeclaration(statement) ? [statement.getStructure()] : [],
    )
    .map((structure) => escapeDocs(structure) as SectionStatement);
  project.removeSourceFile(parsed);
  return statements;
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
