import type { IncomingMessage, ServerResponse } from "node:http";

/** A response as plain data, so routes stay pure and a test hook can reshape it before it is sent. */
export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

/** Bytes served in place of a successful reply's body; the reply's content type unless one is given. */
export interface SubstituteBody {
  readonly body: Uint8Array;
  readonly contentType?: string;
}

/** `reply` with its body swapped for `substitute`, for successful replies only. */
export function withBody(reply: Reply, substitute: SubstituteBody | undefined): Reply {
  if (substitute === undefined || reply.status >= 300) return reply;
  const contentType = substitute.contentType ?? reply.headers["content-type"] ?? "application/json";
  return { status: reply.status, headers: { ...reply.headers, "content-type": contentType }, body: substitute.body };
}

/** How the body is trickled out on request (a test hook's slow delivery). */
export interface SlowDelivery {
  readonly chunkDelayMs: number;
  readonly chunks: number;
}

const MAX_REQUEST_BYTES = 1024 * 1024;

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "content-type": "application/json", ...headers }, body: Buffer.from(JSON.stringify(value)) };
}

export function textReply(status: number, text: string): Reply {
  return { status, headers: { "content-type": "text/plain; charset=utf-8" }, body: Buffer.from(text) };
}

/** Writes `reply`; with `slow`, the body goes out in `chunks` pieces `chunkDelayMs` apart. */
export function sendReply(response: ServerResponse, reply: Reply, slow?: SlowDelivery): void {
  response.writeHead(reply.status, { ...reply.headers, "content-length": String(reply.body.byteLength) });
  if (!slow || reply.body.byteLength === 0) {
    response.end(reply.body);
    return;
  }
  const pieces = splitInto(reply.body, Math.max(1, slow.chunks));
  let timer: NodeJS.Timeout | undefined;
  response.once("close", () => clearTimeout(timer));
  const writeNext = (index: number): void => {
    const piece = pieces[index];
    if (piece === undefined || response.destroyed) return;
    if (index === pieces.length - 1) response.end(piece);
    else response.write(piece);
    timer = setTimeout(() => writeNext(index + 1), slow.chunkDelayMs);
  };
  timer = setTimeout(() => writeNext(0), slow.chunkDelayMs);
}

/** Reads a request body as UTF-8 text, refusing anything larger than 1 MiB. */
export async function readRequestBody(request: IncomingMessage): Promise<string> {
  return (await readRequestBytes(request)).toString("utf8");
}

/** Reads a request body's exact bytes, refusing anything larger than `maxBytes` (default 1 MiB). */
export async function readRequestBytes(request: IncomingMessage, maxBytes = MAX_REQUEST_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.byteLength;
    if (size > maxBytes) throw new Error("request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function splitInto(body: Uint8Array, count: number): Uint8Array[] {
  const size = Math.ceil(body.byteLength / count);
  const pieces: Uint8Array[] = [];
  for (let start = 0; start < body.byteLength; start += size) pieces.push(body.subarray(start, start + size));
  return pieces;
}
