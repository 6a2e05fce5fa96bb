import { connect } from "node:net";

/**
 * Whether nothing accepts TCP connections at the URL's host and port any more (connection refused).
 * @example await isPortClosed("http://127.0.0.1:2773") // true once flagtype serve stopped
 */
export function isPortClosed(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}
