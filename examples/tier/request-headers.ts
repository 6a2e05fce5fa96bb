import type { APIGatewayProxyEvent } from "aws-lambda";

/**
 * The trimmed value of the first request header named `name`, matched case-insensitively because
 * clients and API Gateway keep whatever case the caller used; `undefined` when it is absent or blank.
 * @example headerValue(sampleEvent({ tier: "premium", header: "X-Tier" }), "x-tier") // "premium"
 */
export function headerValue(event: APIGatewayProxyEvent, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [header, value] of Object.entries(event.headers ?? {})) {
    if (header.toLowerCase() === wanted && value !== undefined && value.trim() !== "") return value.trim();
  }
  return undefined;
}
