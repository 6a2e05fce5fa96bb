import type { APIGatewayProxyEvent } from "aws-lambda";
import { headerValue } from "./request-headers.js";

/**
 * The request headers naming the caller's country, the first one present wins: `x-country` (a
 * client's own choice; the demo and the tests send it), then `CloudFront-Viewer-Country`, which
 * CloudFront adds in front of an edge-optimized API Gateway endpoint (the SAM template's default).
 */
export const COUNTRY_HEADERS = ["x-country", "cloudfront-viewer-country"] as const;

/**
 * What the checkout rules receive for a caller whose country is unknown. The generated context
 * type requires `country` (a variant rule compares it), so an unknown one is sent as empty text,
 * which no country rule matches: the caller gets the variant a missing key would give.
 */
export const UNKNOWN_COUNTRY = "";

/**
 * The caller's country as an upper-case ISO 3166 code from {@link COUNTRY_HEADERS}; `undefined`
 * when no header names one.
 * @example countryOf(sampleEvent({ country: "de" })) // "DE"
 */
export function countryOf(event: APIGatewayProxyEvent): string | undefined {
  for (const header of COUNTRY_HEADERS) {
    const value = headerValue(event, header);
    if (value !== undefined) return value.toUpperCase();
  }
  return undefined;
}
