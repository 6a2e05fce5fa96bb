import type { StoredDocument } from "../../../pipeline/load/native/stored/stored-document.js";
import { jsonReply, textReply, type Reply } from "../servers/http-reply.js";
import type { ContextText } from "./context-header.js";
import { agentAnswer, agentAnswers } from "./retrieval/agent-answer.js";
import { setEntry } from "./retrieval/flag-answer.js";

/**
 * What the local agent answers for a native feature-flag profile, variants evaluated for the
 * request's context: without `flag` the whole profile keyed by flag; with one `flag` that flag's
 * object unwrapped (as the real agent does); with several, a map of them. An unknown flag key is
 * a 404 naming it (the real agent's status for it is undocumented).
 * @example featureFlagsReply(document, ["banner"], { country: "US" }) // 200 {"_variant":"Holiday","enabled":true,…}
 */
export function featureFlagsReply(document: StoredDocument, flags: readonly string[], context: ContextText): Reply {
  if (flags.length === 0) return jsonReply(200, agentAnswers(document, context).answers);
  const answers: Record<string, unknown> = {};
  for (const flag of flags) {
    const result = agentAnswer(document, flag, context);
    if (!result.ok) return textReply(result.reason === "unknown-flag" ? 404 : 500, `${result.reason === "unknown-flag" ? "unknown flag" : "flag cannot be evaluated"}: ${flag}`);
    setEntry(answers, flag, result.answer);
  }
  const [only] = flags;
  return jsonReply(200, flags.length === 1 && only !== undefined ? answers[only] : answers);
}
