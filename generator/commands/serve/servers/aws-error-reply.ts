import { randomUUID } from "node:crypto";
import { jsonReply, type Reply } from "./http-reply.js";
import type { MissingResource } from "./configuration-registry.js";
import type { TokenProblem } from "./session-tokens.js";

/**
 * Errors in the restJson1 shape the AWS SDK parses: the error name in the
 * `x-amzn-ErrorType` header (the SDK reads it before the body), the request id
 * in `x-amzn-RequestId`, and the modelled members (`Message`, …) in a JSON body.
 */
export function awsErrorReply(status: number, errorType: string, members: Record<string, unknown>): Reply {
  return jsonReply(status, members, { "x-amzn-errortype": errorType, "x-amzn-requestid": randomUUID() });
}

/** 400 `BadRequestException` naming the offending parameter and, for tokens, the problem. */
export function badRequest(message: string, parameter?: string, problem?: TokenProblem): Reply {
  const members: Record<string, unknown> = { Message: message };
  if (parameter !== undefined) {
    members["Reason"] = "InvalidParameters";
    members["Details"] = { InvalidParameters: { [parameter]: problem ? { Problem: problem } : {} } };
  }
  return awsErrorReply(400, "BadRequestException", members);
}

/** The service's `ResourceType` values. */
export type ResourceType = MissingResource | "Deployment" | "Configuration";

export function resourceNotFound(resourceType: ResourceType, name: string): Reply {
  return awsErrorReply(404, "ResourceNotFoundException", {
    Message: `${resourceType} ${name} not found`,
    ResourceType: resourceType,
    ReferencedBy: {},
  });
}
