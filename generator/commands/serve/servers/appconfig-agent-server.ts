import type { IncomingMessage, ServerResponse } from "node:http";
import { ConfigurationRegistry } from "./configuration-registry.js";
import { sendReply, textReply, withBody, type Reply } from "./http-reply.js";
import { listenWithDeployments, type HostedConfigurationServer, type HostedServerOptions } from "./hosted-configuration-server.js";
import { slowDelivery, substitutedBody } from "./request-hook.js";
import { featureFlagsReply } from "../native/agent-reply.js";
import { contextFromHeaders, type ContextText } from "../native/context-header.js";
import { agentDefaultBody } from "../native/served-bodies.js";

/** The agent's one operation: read a configuration by application, environment and profile. */
export type AgentRoute = "GetConfiguration";

/** A local stand-in for the AppConfig agent / Lambda extension. */
export type AppConfigAgentServer = HostedConfigurationServer;

/**
 * Starts a loopback server answering
 * `GET /applications/{app}/environments/{env}/configurations/{profile}` like the agent:
 * 200 with the configuration and its content type, 404 when it is not deployed. A native
 * feature-flag profile is answered as the agent answers it: `?flag=` filters (repeatable), and
 * multi-variant flags evaluated locally for the `Context` headers (split buckets are not AWS's).
 * @example
 * const agent = await startAppConfigAgentServer();
 * agent.deploy("shop", "prod", "features", { beta: { default: true } });
 * new AppConfigAgentStore({ application: "shop", environment: "prod", profile: "features", port: agent.port });
 */
export async function startAppConfigAgentServer(options: HostedServerOptions<AgentRoute> = {}): Promise<AppConfigAgentServer> {
  const registry = new ConfigurationRegistry();

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const ids = request.method === "GET" ? configurationIds(url.pathname) : undefined;
    if (!ids) {
      sendReply(response, textReply(404, "Not found"));
      return;
    }
    const decision = options.hook?.("GetConfiguration", request, response);
    if (decision !== undefined && "answered" in decision) return;
    const query = { flags: url.searchParams.getAll("flag"), context: contextFromHeaders(request.headersDistinct["context"] ?? []) };
    sendReply(response, withBody(configurationReply(registry, ids, query), substitutedBody(decision)), slowDelivery(decision));
  };

  return listenWithDeployments(handle, registry, agentDefaultBody, options);
}

/** What a request asks of a native feature-flag profile: `?flag=` filters and `Context` headers. */
interface FlagQuery {
  readonly flags: readonly string[];
  readonly context: ContextText;
}

function configurationReply(registry: ConfigurationRegistry, [application, environment, profile]: readonly string[], query: FlagQuery): Reply {
  const lookup = registry.lookup(application ?? "", environment ?? "", profile ?? "");
  if ("missing" in lookup) return textReply(404, `${lookup.missing} not found`);
  const { found } = lookup;
  if (found.featureFlags) return featureFlagsReply(found.featureFlags, query.flags, query.context);
  return { status: 200, headers: { "content-type": found.contentType }, body: found.body };
}

/** The three decoded identifiers of an agent path, or `undefined` for any other path. */
function configurationIds(pathname: string): readonly string[] | undefined {
  const parts = pathname.split("/");
  if (parts.length !== 7 || parts[0] !== "" || parts[1] !== "applications") return undefined;
  if (parts[3] !== "environments" || parts[5] !== "configurations") return undefined;
  try {
    const ids = [parts[2], parts[4], parts[6]].map((part) => decodeURIComponent(part ?? ""));
    return ids.every((id) => id.length > 0) ? ids : undefined;
  } catch {
    return undefined;
  }
}
