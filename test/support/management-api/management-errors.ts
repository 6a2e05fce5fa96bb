import { awsErrorReply } from "../../../generator/commands/serve/servers/aws-error-reply.js";
import type { Reply } from "../../../generator/commands/serve/servers/http-reply.js";

/** A management API error: the type in `x-amzn-ErrorType`, `Message` in the body. */
export function managementError(status: number, errorType: string, message: string): Reply {
  return awsErrorReply(status, errorType, { Message: message });
}

/** 404 `ResourceNotFoundException` naming the kind of resource. */
export function notFound(resourceName: string, id: string): Reply {
  return awsErrorReply(404, "ResourceNotFoundException", { Message: `${resourceName} ${id} not found`, ResourceName: resourceName });
}

/** The service error a bare status stands for, used by status faults. */
export function managementErrorForStatus(status: number, message?: string): Reply {
  if (status === 400) return managementError(400, "BadRequestException", message ?? "Bad request");
  if (status === 404) return notFound("Application", message ?? "requested");
  if (status === 409) return managementError(409, "ConflictException", message ?? "Conflict");
  if (status === 429) return managementError(429, "ThrottlingException", message ?? "Rate exceeded");
  if (status >= 500) return managementError(status, "InternalServerException", message ?? "Internal error");
  return managementError(status, "UnknownError", message ?? `HTTP ${status}`);
}
