import { hasErrors, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { checkDocument } from "./load/document-check.js";
import type { SourceText } from "./load/load-flags-sources.js";
import { parsePositionedJson } from "./load/parse-positioned-json.js";
import { buildModuleModel } from "./model/build-module-model.js";
import type { ModuleModel } from "./model/flags-model.js";

/** One flags document from anywhere (a file, AppConfig), named after its profile. */
export interface FlagsDocumentSource {
  /** Profile name: the flags file's base name; names the model's types. */
  readonly profile: string;
  /** The document's text; `path` is how diagnostics show it. */
  readonly document: SourceText;
  /** The declared types file (`<profile>.schema.json`) that applies to it, if any. */
  readonly declaredTypes?: SourceText;
}

/**
 * Every check `flagtype validate` makes on one document (JSON, schema, the runtime's rules,
 * names, declared types), and its model when there is no error. Pure: no disk, no network.
 * @example
 * const { model, diagnostics } = await modelFlagsDocument({ profile: "features", document: { path: "flags/features.json", text } });
 */
export async function modelFlagsDocument(source: FlagsDocumentSource): Promise<{ model?: ModuleModel; diagnostics: Diagnostic[] }> {
  const parsed = parsePositionedJson(source.document.path, source.document.text);
  const diagnostics = [...parsed.diagnostics, ...(parsed.json ? checkDocument(parsed.json) : [])];
  const declared = source.declaredTypes && parsePositionedJson(source.declaredTypes.path, source.declaredTypes.text);
  if (declared) diagnostics.push(...declared.diagnostics);
  if (!parsed.json || hasErrors(diagnostics)) return { diagnostics: sortDiagnostics(diagnostics) };
  const built = await buildModuleModel({
    name: source.profile,
    flags: parsed.json,
    ...(declared?.json ? { declaredTypes: declared.json } : {}),
  });
  const all = sortDiagnostics([...diagnostics, ...built.diagnostics]);
  return built.model && !hasErrors(all) ? { model: built.model, diagnostics: all } : { diagnostics: all };
}
