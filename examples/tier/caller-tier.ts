import type { APIGatewayProxyEvent } from "aws-lambda";
import { headerValue } from "./request-headers.js";

/** The request header carrying the caller's tier (an authorizer would set it in a real API). */
export const TIER_HEADER = "x-tier";

/** The tier of a caller who sends none. */
export const DEFAULT_TIER = "free";

/**
 * The caller's tier: the `x-tier` header, matched case-insensitively because clients and
 * API Gateway keep whatever case the caller used; `free` when it is absent or blank.
 * @example tierOf(sampleEvent({ tier: "premium" })) // "premium"
 */
export function tierOf(event: APIGatewayProxyEvent): string {
  return headerValue(event, TIER_HEADER) ?? DEFAULT_TIER;
}
