import type { IncomingMessage, ServerResponse } from "node:http";
import { ConfigurationRegistry } from "./configuration-registry.js";
import { answerWithTransportFault, slowDeliveryOf, withBodyOverride } from "./fault-responder.js";
import { FaultPlan } from "./fault-plan.js";
import { sendReply, textReply, type Reply } from "./http-reply.js";
import { listenWithDeployments, type HostedConfigurationServer } from "./hosted-configuration-server.js";
import type { ListenOptions } from "./loopback-server.js";
import { RouteCounter } from "./route-counter.js";

/** The agent's one operation: read a configuration by application, environment and profile. */
export type AgentRoute = "GetConfiguration";

/** A local stand-in for the AppConfig agent / Lambda extension, with fault injection and request counts. */
export type AppConfigAgentServer = HostedConfigurationServer<AgentRoute>;

/**
 * Starts a loopback server answering
 * `GET /applications/{app}/environments/{env}/configurations/{profile}` like the agent:
 * 200 with the configuration and its content type, 404 when it is not deployed.
 * @example
 * const agent = await startAppConfigAgentServer();
 * agent.deploy("shop", "prod", "features", { beta: { default: true } });
 * new AppConfigAgentStore({ application: "shop", environment: "prod", profile: "features", port: agent.port });
 */
export async function startAppConfigAgentServer(options: ListenOptions = {}): Promise<AppConfigAgentServer> {
  const registry = new ConfigurationRegistry();
  const faults = new FaultPlan<AgentRoute>();
  const counter = new RouteCounter<AgentRoute>();

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const ids = request.method === "GET" ? configurationIds(url.pathname) : undefined;
    if (!ids) {
      sendReply(response, textReply(404, "Not found"));
      return;
    }
    counter.record("GetConfiguration");
    const fault = faults.take("GetConfiguration");
    if (answerWithTransportFault(fault, request, response, agentErrorReply)) return;
    sendReply(response, withBodyOverride(configurationReply(registry, ids), fault), slowDeliveryOf(fault));
  };

  return listenWithDeployments(handle, { registry, faults, counter }, options);
}

function configurationReply(registry: ConfigurationRegistry, [application, environment, profile]: readonly string[]): Reply {
  const lookup = registry.lookup(application ?? "", environment ?? "", profile ?? "");
  if ("missing" in lookup) return textReply(404, `${lookup.missing} not found`);
  const { found } = lookup;
  return { status: 200, headers: { "content-type": found.contentType }, body: found.body };
}

function agentErrorReply(status: number, message?: string): Reply {
  return textReply(status, message ?? `HTTP ${status}`);
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
