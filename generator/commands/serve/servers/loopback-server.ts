import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** Where a local server listens. Defaults: host `127.0.0.1`, port `0` (any free port). */
export interface ListenOptions {
  readonly host?: string;
  readonly port?: number;
}

/** A started HTTP server that can be stopped without waiting for idle or hanging clients. */
export interface LoopbackServer {
  readonly port: number;
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Stops listening and destroys every open socket, including requests left hanging on purpose. */
  close(): Promise<void>;
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/**
 * Starts `handler` on a loopback address. Sockets are tracked so `close()` ends
 * keep-alive and deliberately hung connections at once; tests then finish by themselves.
 */
export async function listenOnLoopback(handler: RequestHandler, options: ListenOptions = {}): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    Promise.resolve(handler(request, response)).catch((error: unknown) => failRequest(response, error));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    port,
    url: `http://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

function failRequest(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
  response.end(`local server error: ${error instanceof Error ? error.message : String(error)}`);
}
