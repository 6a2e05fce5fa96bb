import type { IncomingMessage, ServerResponse } from "node:http";
import { awsErrorReply, badRequest, resourceNotFound } from "../../../generator/commands/serve/servers/aws-error-reply.js";
import { sendReply, textReply, type Reply } from "../../../generator/commands/serve/servers/http-reply.js";
import type { RequestHook } from "../../../generator/commands/serve/servers/request-hook.js";
import type { Fault, FaultPlan } from "./fault-plan.js";
import type { RouteCounter } from "./route-counter.js";

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

/**
 * The request hook of a local server that counts requests and takes each one's fault from `plan`:
 * transport faults answer the request here, body and slow-body faults reshape the server's reply.
 * @example startAppConfigDataServer({ hook: faultHook(plan, counter, awsErrorForStatus) })
 */
export function faultHook<Route extends string>(
  plan: FaultPlan<Route>,
  counter: RouteCounter<Route>,
  errorReply: (status: number, message?: string) => Reply,
): RequestHook<Route> {
  return (route, request, response) => {
    counter.record(route);
    const fault = plan.take(route);
    if (answerWithTransportFault(fault, request, response, errorReply)) return { answered: true };
    if (fault?.kind === "body") return { body: Buffer.from(fault.body), ...(fault.contentType ? { contentType: fault.contentType } : {}) };
    if (fault?.kind === "slow-body") return { slow: { chunkDelayMs: fault.chunkDelayMs, chunks: fault.chunks ?? 4 } };
    return undefined;
  };
}

/** The AppConfig service error a bare status stands for, used by status faults. */
export function awsErrorForStatus(status: number, message?: string): Reply {
  if (status === 400) return badRequest(message ?? "Bad request", "ConfigurationToken", "Corrupted");
  if (status === 404) return resourceNotFound("Configuration", message ?? "requested");
  if (status === 429) return awsErrorReply(429, "ThrottlingException", { Message: message ?? "Rate exceeded" });
  if (status >= 500) return awsErrorReply(status, "InternalServerException", { Message: message ?? "Internal error" });
  return awsErrorReply(status, "UnknownError", { Message: message ?? `HTTP ${status}` });
}

/** What the agent answers for a bare status: plain text. */
export function agentErrorForStatus(status: number, message?: string): Reply {
  return textReply(status, message ?? `HTTP ${status}`);
}
