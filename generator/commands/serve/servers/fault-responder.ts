import type { IncomingMessage, ServerResponse } from "node:http";
import type { Fault } from "./fault-plan.js";
import { sendReply, type Reply, type SlowDelivery } from "./http-reply.js";

/**
 * Applies the faults that replace the response entirely (status, hang, reset).
 * Returns whether the request is dealt with; other faults shape the normal reply.
 */
export function answerWithTransportFault(
  fault: Fault | undefined,
  request: IncomingMessage,
  response: ServerResponse,
  errorReply: (status: number, message?: string) => Reply,
): boolean {
  switch (fault?.kind) {
    case "status":
      sendReply(response, errorReply(fault.status, fault.message));
      return true;
    case "hang":
      // Deliberately never answered; the server's close() destroys the socket.
      request.resume();
      return true;
    case "reset":
      request.socket.destroy();
      return true;
    default:
      return false;
  }
}

/** The trickle schedule of a slow-body fault. */
export function slowDeliveryOf(fault: Fault | undefined): SlowDelivery | undefined {
  return fault?.kind === "slow-body" ? { chunkDelayMs: fault.chunkDelayMs, chunks: fault.chunks ?? 4 } : undefined;
}

/** `reply` with its body swapped for a body fault's text, for successful replies only. */
export function withBodyOverride(reply: Reply, fault: Fault | undefined): Reply {
  if (fault?.kind !== "body" || reply.status >= 300) return reply;
  const headers = { ...reply.headers, "content-type": fault.contentType ?? reply.headers["content-type"] ?? "application/json" };
  return { status: reply.status, headers, body: Buffer.from(fault.body) };
}
