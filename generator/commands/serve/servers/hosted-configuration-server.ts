import type { ConfigurationRegistry, DeployedConfiguration } from "./configuration-registry.js";
import type { FaultPlan } from "./fault-plan.js";
import { listenOnLoopback, type ListenOptions, type LoopbackServer, type RequestHandler } from "./loopback-server.js";
import type { RouteCounter } from "./route-counter.js";

/** A local server handing out deployed configurations, with fault injection and request counts per route. */
export interface HostedConfigurationServer<Route extends string> extends LoopbackServer {
  /** Makes `content` the current version of a configuration (strings and bytes verbatim, other values as JSON). */
  deploy(application: string, environment: string, profile: string, content: unknown, contentType?: string): DeployedConfiguration;
  readonly faults: FaultPlan<Route>;
  requestCount(route: Route): number;
}

/** The state a request handler shares with the server that runs it. */
export interface HostedState<Route extends string> {
  readonly registry: ConfigurationRegistry;
  readonly faults: FaultPlan<Route>;
  readonly counter: RouteCounter<Route>;
}

/**
 * Starts `handler` on a loopback address and exposes `state` as `deploy`, `faults` and `requestCount`.
 * @example return listenWithDeployments(handle, { registry, faults, counter }, options);
 */
export async function listenWithDeployments<Route extends string>(
  handler: RequestHandler,
  state: HostedState<Route>,
  options: ListenOptions,
): Promise<HostedConfigurationServer<Route>> {
  const server = await listenOnLoopback(handler, options);
  const { registry, faults, counter } = state;
  return {
    ...server,
    deploy: (application, environment, profile, content, contentType) =>
      registry.deploy(application, environment, profile, content, contentType),
    faults,
    requestCount: (route) => counter.count(route),
  };
}
