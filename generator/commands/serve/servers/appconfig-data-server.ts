import type { IncomingMessage, ServerResponse } from "node:http";
import { awsErrorReply } from "./aws-error-reply.js";
import { ConfigurationRegistry } from "./configuration-registry.js";
import { getLatestConfiguration, startConfigurationSession, type DataApiState } from "./data-api-routes.js";
import { readRequestBody, sendReply, withBody, type Reply } from "./http-reply.js";
import { listenWithDeployments, type HostedConfigurationServer, type HostedServerOptions } from "./hosted-configuration-server.js";
import { slowDelivery, substitutedBody } from "./request-hook.js";
import { TokenBook } from "./session-tokens.js";
import { dataApiBody } from "../native/served-bodies.js";

/** The data API operations the server answers, named as in the AWS API reference. */
export type DataApiRoute = "StartConfigurationSession" | "GetLatestConfiguration";

export interface AppConfigDataServerOptions extends HostedServerOptions<DataApiRoute> {
  /** Milliseconds since the epoch; inject to test token expiry and poll intervals. Default: `Date.now`. */
  readonly now?: () => number;
  /** `Next-Poll-Interval-In-Seconds` for sessions that set no required minimum. Default: 60. */
  readonly defaultPollIntervalSeconds?: number;
}

/** A local AppConfig data API with deployments. */
export type AppConfigDataServer = HostedConfigurationServer;

/**
 * Starts a loopback server speaking the AppConfig data API wire protocol
 * (restJson1), so the real `@aws-sdk/client-appconfigdata` can talk to it.
 * @example
 * const server = await startAppConfigDataServer();
 * server.deploy("shop", "prod", "features", { beta: { default: true } });
 * const client = new AppConfigDataClient({ endpoint: server.url, region: "us-east-1",
 *   credentials: { accessKeyId: "x", secretAccessKey: "y" } });
 * await server.close();
 */
export async function startAppConfigDataServer(options: AppConfigDataServerOptions = {}): Promise<AppConfigDataServer> {
  const now = options.now ?? Date.now;
  const registry = new ConfigurationRegistry();
  const state: DataApiState = {
    registry,
    tokens: new TokenBook(now),
    now,
    defaultPollIntervalSeconds: options.defaultPollIntervalSeconds ?? 60,
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const route = routeOf(request.method, url.pathname);
    if (!route) {
      sendReply(response, awsErrorReply(404, "UnknownOperationException", { Message: "Unknown operation" }));
      return;
    }
    const decision = options.hook?.(route, request, response);
    if (decision !== undefined && "answered" in decision) return;
    const substitute = substitutedBody(decision);
    const reply: Reply =
      route === "StartConfigurationSession"
        ? withBody(startConfigurationSession(state, await readRequestBody(request)), substitute)
        : getLatestConfiguration(state, url.searchParams.get("configuration_token"), substitute);
    sendReply(response, reply, slowDelivery(decision));
  };

  return listenWithDeployments(handle, registry, dataApiBody, options);
}

function routeOf(method: string | undefined, pathname: string): DataApiRoute | undefined {
  if (method === "POST" && pathname === "/configurationsessions") return "StartConfigurationSession";
  if (method === "GET" && pathname === "/configuration") return "GetLatestConfiguration";
  return undefined;
}
