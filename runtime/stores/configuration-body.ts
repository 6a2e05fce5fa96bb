import { Buffer } from "node:buffer";
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
    if (looksLikeIon(bytes)) return { error: new ConfigurationStoreError(`${source} is served as Amazon Ion: ${ION_PROFILE_ADVICE}`, { cause: error }) };
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

/**
 * The default largest configuration body a store accepts: 4 MiB. AppConfig's largest configuration is
 * 4 MB (its hosted store: "2 MB default, 4 MB maximum"; Amazon S3 and CodePipeline sources: 2 MB), per
 * the AWS AppConfig User Guide, "Understanding configuration store quotas and limitations"
 * (appconfig-creating-configuration-and-profile-quotas).
 */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

/** The failure for a body over the limit, before anything decodes it. */
export function oversizeError(source: string, bytes: number, maxBytes: number): ConfigurationStoreError {
  const size = (count: number) => count.toLocaleString("en-US");
  return new ConfigurationStoreError(
    `${source} is ${size(bytes)} bytes, over the ${size(maxBytes)}-byte limit (maxBodyBytes; AppConfig's largest configuration is 4 MB)`,
  );
}

/**
 * Whether two configuration payloads hold the same bytes (an unchanged document keeps its identity).
 * A native comparison: 20 MB take about 2 ms where a per-byte JavaScript loop blocks for 130–200 ms.
 */
export function sameBytes(left: Uint8Array | undefined, right: Uint8Array): boolean {
  if (left === undefined || left.byteLength !== right.byteLength) return false;
  return Buffer.from(left.buffer, left.byteOffset, left.byteLength).equals(right);
}

/** Why an Ion body cannot be read, and what to do. */
const ION_PROFILE_ADVICE =
  "the AWS.AppConfig.FeatureFlags profile has multi-variant flags, which AppConfig evaluates only in the AppConfig agent " +
  "(Lambda extension): read it with the agent store (FLAGTYPE_STORE=agent, or AppConfigAgentStore)";

/**
 * Whether a body that is not JSON is AppConfig's retrieval-time Ion (a profile with multi-variant
 * flags, as the data API serves it): annotated top-level values (`'flag'::`), an Ion version marker
 * or the binary format's marker.
 */
function looksLikeIon(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xe0 && bytes[1] === 0x01 && bytes[2] === 0x00 && bytes[3] === 0xea) return true;
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).replace(/^\ufeff/, "").trimStart();
  return /^(?:\$ion_1_0\b|'[^'\n]*'::|[A-Za-z_$][\w$]*::)/.test(head);
}
