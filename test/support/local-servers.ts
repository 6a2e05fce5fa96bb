import {
  startAppConfigAgentServer as startAgentServer,
  startAppConfigDataServer as startDataServer,
  type AgentRoute,
  type AppConfigDataServerOptions,
  type DataApiRoute,
  type HostedServerOptions,
} from "../../generator/commands/serve/servers/index.js";
import type { HostedConfigurationServer } from "../../generator/commands/serve/servers/hosted-configuration-server.js";
import { FaultPlan } from "./faults/fault-plan.js";
import { agentErrorForStatus, awsErrorForStatus, faultHook } from "./faults/fault-responder.js";
import { RouteCounter } from "./faults/route-counter.js";

export { documentFault, malformedJsonFault, FaultPlan, type Fault, type FaultTimes } from "./faults/fault-plan.js";
export type { DeployedConfiguration } from "../../generator/commands/serve/servers/index.js";

/** A local server of `flagtype serve` with a fault plan and request counts, for tests. */
export interface FaultyServer<Route extends string> extends HostedConfigurationServer {
  readonly faults: FaultPlan<Route>;
  requestCount(route: Route): number;
}

export type AppConfigDataServer = FaultyServer<DataApiRoute>;
export type AppConfigAgentServer = FaultyServer<AgentRoute>;

/**
 * `flagtype serve`'s data API with faults injected through its request hook.
 * @example
 * const server = await startAppConfigDataServer();
 * server.faults.inject("GetLatestConfiguration", { kind: "hang" });
 */
export async function startAppConfigDataServer(options: Omit<AppConfigDataServerOptions, "hook"> = {}): Promise<AppConfigDataServer> {
  const faults = new FaultPlan<DataApiRoute>();
  const counter = new RouteCounter<DataApiRoute>();
  const server = await startDataServer({ ...options, hook: faultHook(faults, counter, awsErrorForStatus) });
  return { ...server, faults, requestCount: (route) => counter.count(route) };
}

/** `flagtype serve`'s agent paths with faults injected through its request hook. */
export async function startAppConfigAgentServer(options: Omit<HostedServerOptions<AgentRoute>, "hook"> = {}): Promise<AppConfigAgentServer> {
  const faults = new FaultPlan<AgentRoute>();
  const counter = new RouteCounter<AgentRoute>();
  const server = await startAgentServer({ ...options, hook: faultHook(faults, counter, agentErrorForStatus) });
  return { ...server, faults, requestCount: (route) => counter.count(route) };
}
