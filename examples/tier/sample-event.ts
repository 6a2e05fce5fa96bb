import type { APIGatewayProxyEvent } from "aws-lambda";
import { COUNTRY_HEADERS } from "./caller-country.js";
import { TIER_HEADER } from "./caller-tier.js";

/** What varies between sample requests. */
export interface SampleRequest {
  /** Sent as the `x-tier` header; left out when undefined. */
  readonly tier?: string;
  /** Header name to send the tier under. Default: `x-tier`. */
  readonly header?: string;
  /** Sent as the `x-country` header; left out when undefined. */
  readonly country?: string;
  /** More headers, sent as given (e.g. `CloudFront-Viewer-Country`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * A complete API Gateway REST proxy event for `GET /features`, as API Gateway sends it:
 * for tests and the local demo.
 * @example await handler(sampleEvent({ tier: "standard", country: "DE" }))
 */
export function sampleEvent(request: SampleRequest = {}): APIGatewayProxyEvent {
  const tierHeaders: Record<string, string> = request.tier === undefined ? {} : { [request.header ?? TIER_HEADER]: request.tier };
  const countryHeaders: Record<string, string> = request.country === undefined ? {} : { [COUNTRY_HEADERS[0]]: request.country };
  const headers = { accept: "application/json", ...tierHeaders, ...countryHeaders, ...request.headers };
  return {
    body: null,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    httpMethod: "GET",
    isBase64Encoded: false,
    path: "/features",
    pathParameters: null,
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    stageVariables: null,
    resource: "/features",
    requestContext: {
      accountId: "123456789012",
      apiId: "local",
      authorizer: undefined,
      protocol: "HTTP/1.1",
      httpMethod: "GET",
      identity: anonymousIdentity(),
      path: "/prod/features",
      stage: "prod",
      requestId: `sample-${request.tier ?? "none"}${request.country === undefined ? "" : `-${request.country}`}`,
      requestTimeEpoch: 0,
      resourceId: "local",
      resourcePath: "/features",
    },
  };
}

function anonymousIdentity(): APIGatewayProxyEvent["requestContext"]["identity"] {
  return {
    accessKey: null,
    accountId: null,
    apiKey: null,
    apiKeyId: null,
    caller: null,
    clientCert: null,
    cognitoAuthenticationProvider: null,
    cognitoAuthenticationType: null,
    cognitoIdentityId: null,
    cognitoIdentityPoolId: null,
    principalOrgId: null,
    sourceIp: "127.0.0.1",
    user: null,
    userAgent: "flagtype-example",
    userArn: null,
  };
}
