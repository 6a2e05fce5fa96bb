import { Buffer } from "node:buffer";
import type { Agent, ClientRequest, IncomingMessage } from "node:http";

/** What the agent answered: its status and body, or only how large the body was when it was over the limit. */
export type AgentAnswer =
  | { readonly status: number; readonly body: Uint8Array }
  | { readonly status: number; readonly oversizeBytes: number };

type Http = typeof import("node:http");

// node:http rather than fetch: fetch loads undici (about 40 ms on a cold start) and compiles its
// WebAssembly parser on a background thread that the process then waits for at exit. Loaded on
// first use, so users of the other stores do not pay for it either.
let http: Promise<Http> | undefined;
let keepAlive: Agent | undefined;

// The agent listens on "localhost", the loopback (RFC 6761). Connecting to an address literal skips
// the resolver and the dual-stack connect, about 7 ms of a cold start; ::1 is tried when 127.0.0.1
// refuses, and whichever answered is tried first afterwards.
const LOOPBACK_HOSTS = ["127.0.0.1", "::1"] as const;
let preferredHost = 0;

/** Where the agent serves one configuration, and what a request adds to it. */
export interface AgentTarget {
  readonly port: number;
  /** e.g. `/applications/shop/environments/prod/configurations/features`, with a query when asking for flags */
  readonly path: string;
  /** Extra request headers, e.g. `Context` (an array sends one header per item). */
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
}

/**
 * GETs a configuration from the local AppConfig agent over one shared keep-alive connection (idle
 * sockets do not keep the process alive), reading at most `maxBytes` of body. `signal` aborts the
 * request, body included. A kept-alive socket the agent closed meanwhile is retried once on a new one.
 * @example const answer = await getFromAgent({ port: 2772, path: "/applications/a/environments/e/configurations/p" }, AbortSignal.timeout(1000), 4 * 1024 * 1024);
 */
export async function getFromAgent(target: AgentTarget, signal: AbortSignal, maxBytes: number): Promise<AgentAnswer> {
  const loaded = await (http ??= import("node:http"));
  keepAlive ??= new loaded.Agent({ keepAlive: true });
  let firstError: unknown;
  for (let tried = 0; tried < LOOPBACK_HOSTS.length; tried += 1) {
    const index = (preferredHost + tried) % LOOPBACK_HOSTS.length;
    const host = LOOPBACK_HOSTS[index] ?? "127.0.0.1";
    try {
      const answer = await requestWithFreshSocketRetry(loaded, keepAlive, host, target, signal, maxBytes);
      preferredHost = index;
      return answer;
    } catch (error) {
      firstError ??= error;
      if ((error as NodeJS.ErrnoException).code !== "ECONNREFUSED") throw error;
    }
  }
  throw firstError;
}

async function requestWithFreshSocketRetry(loaded: Http, agent: Agent, host: string, target: AgentTarget, signal: AbortSignal, maxBytes: number): Promise<AgentAnswer> {
  try {
    return await requestOnce(loaded, agent, host, target, signal, maxBytes);
  } catch (error) {
    if (!(error instanceof StaleSocketError)) throw error;
    return requestOnce(loaded, agent, host, target, signal, maxBytes);
  }
}

/** A reused keep-alive socket turned out to be closed by the agent: safe to send the GET again. */
class StaleSocketError extends Error {}

function requestOnce(loaded: Http, agent: Agent, host: string, target: AgentTarget, signal: AbortSignal, maxBytes: number): Promise<AgentAnswer> {
  return new Promise((resolve, reject) => {
    signal.throwIfAborted();
    let request: ClientRequest | undefined = undefined;
    const onAbort = () => {
      request?.destroy(signal.reason as Error);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    const settle = (finish: () => void) => {
      signal.removeEventListener("abort", onAbort);
      finish();
    };
    // The Host header stays the address literal: Node checks a named host with net.isIP, whose IPv6
    // pattern takes about 5 ms to compile on first use.
    const options = { agent, host, port: target.port, path: target.path, ...(target.headers ? { headers: target.headers as Record<string, string | string[]> } : {}) };
    request = loaded.get(options, (response) => readBody(response, maxBytes, (answer) => settle(() => resolve(answer)), (error) => settle(() => reject(error))));
    request.on("error", (error: NodeJS.ErrnoException) => {
      const stale = request?.reusedSocket === true && error.code === "ECONNRESET";
      settle(() => reject(stale ? new StaleSocketError(error.message, { cause: error }) : error));
    });
  });
}

function readBody(response: IncomingMessage, maxBytes: number, resolve: (answer: AgentAnswer) => void, reject: (error: Error) => void): void {
  const status = response.statusCode ?? 0;
  const declared = Number(response.headers["content-length"] ?? 0);
  if (declared > maxBytes) {
    response.destroy();
    resolve({ status, oversizeBytes: declared });
    return;
  }
  const chunks: Buffer[] = [];
  let received = 0;
  let done = false;
  response.on("data", (chunk: Buffer) => {
    received += chunk.byteLength;
    if (received <= maxBytes) chunks.push(chunk);
    else if (!done) {
      done = true;
      response.destroy();
      resolve({ status, oversizeBytes: received });
    }
  });
  response.on("end", () => {
    done = true;
    const body = Buffer.concat(chunks, received);
    resolve({ status, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) });
  });
  response.on("error", (error) => {
    if (done) return;
    done = true;
    reject(error);
  });
  response.on("close", () => {
    if (done) return;
    done = true;
    reject(new Error("the agent closed the connection before the body ended"));
  });
}
