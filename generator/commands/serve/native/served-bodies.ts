import type { StoredDocument } from "../../../pipeline/load/native/stored/stored-document.js";
import { agentAnswers } from "./retrieval/agent-answer.js";
import { toRetrievalIon } from "./retrieval/ion-render.js";
import { ION_CONTENT_TYPE_GUESS, JSON_CONTENT_TYPE } from "./retrieval/retrieval-format.js";
import { toRetrievalMap } from "./retrieval/retrieval-map.js";

/**
 * What the data API serves for a native feature-flag profile: the resolved JSON map for a
 * basic-only profile, the retrieval-time Ion document once a flag has variants (AWS says SDK
 * callers do not get variants evaluated; the Content-Type is AWS's undocumented one, guessed).
 * @example dataApiBody(DOCUMENT_A).contentType // "application/json"
 */
export function dataApiBody(document: StoredDocument): { readonly body: string; readonly contentType: string } {
  const map = toRetrievalMap(document);
  if (map) return { body: JSON.stringify(map), contentType: JSON_CONTENT_TYPE };
  const ion = toRetrievalIon(document);
  if (!ion.ok) throw new Error(`cannot render the profile as Ion: ${ion.findings.map((finding) => finding.message).join("; ")}`);
  return { body: ion.text, contentType: ION_CONTENT_TYPE_GUESS };
}

/** The agent's body for a native profile read without a context: every flag, variants at their defaults. */
export function agentDefaultBody(document: StoredDocument): { readonly body: string; readonly contentType: string } {
  return { body: JSON.stringify(agentAnswers(document, {}).answers), contentType: JSON_CONTENT_TYPE };
}
