import { ConfigurationStoreError } from "../errors.js";
import { missingPeer } from "./optional-peer.js";
import type { Outcome } from "./refresh-cache.js";

type JmesPath = typeof import("@jmespath-community/jmespath");

let jmespath: Promise<JmesPath> | undefined;

/**
 * Turns configuration bytes into a document: UTF-8, JSON, then the optional
 * `envelope` JMESPath expression selecting the features object inside a larger
 * document. Failures become an error outcome, never an exception.
 */
export async function decodeConfiguration(bytes: Uint8Array, envelope: string | undefined, source: string): Promise<Outcome> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    return { error: new ConfigurationStoreError(`${source} is not valid JSON: ${(error as Error).message}`, { cause: error }) };
  }
  if (envelope === undefined) return { document: parsed };
  try {
    jmespath ??= import("@jmespath-community/jmespath").catch(missingPeer("@jmespath-community/jmespath", "The envelope option"));
    const selected: unknown = (await jmespath).search(parsed as never, envelope);
    if (selected === null || selected === undefined) {
      return { error: new ConfigurationStoreError(`envelope ${JSON.stringify(envelope)} selects nothing in ${source}`) };
    }
    return { document: selected };
  } catch (error) {
    const message = `envelope ${JSON.stringify(envelope)} failed on ${source}: ${(error as Error).message}`;
    return { error: new ConfigurationStoreError(message, { cause: error }) };
  }
}

/** Whether two configuration payloads hold the same bytes (an unchanged document keeps its identity). */
export function sameBytes(left: Uint8Array | undefined, right: Uint8Array): boolean {
  return left !== undefined && left.byteLength === right.byteLength && left.every((byte, index) => byte === right[index]);
}
