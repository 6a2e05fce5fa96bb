import type { ConfigurationRegistry, DeployedConfiguration } from "./configuration-registry.js";
import { listenOnLoopback, type ListenOptions, type LoopbackServer, type RequestHandler } from "./loopback-server.js";
import type { RequestHook } from "./request-hook.js";

/** A local server handing out deployed configurations. */
export interface HostedConfigurationServer extends LoopbackServer {
  /** Makes `content` the current version of a configuration (strings and bytes verbatim, other values as JSON). */
  deploy(application: string, environment: string, profile: string, content: unknown, contentType?: string): DeployedConfiguration;
}

/** Where a hosted-configuration server listens, and the optional hook tests misbehave it through. */
export interface HostedServerOptions<Route extends string> extends ListenOptions {
  readonly hook?: RequestHook<Route>;
}

/**
 * Starts `handler` on a loopback address and exposes the registry as `deploy`.
 * @example return listenWithDeployments(handle, registry, options);
 */
export async function listenWithDeployments(
  handler: RequestHandler,
  registry: ConfigurationRegistry,
  options: ListenOptions,
): Promise<HostedConfigurationServer> {
  const server = await listenOnLoopback(handler, options);
  return {
    ...server,
    deploy: (application, environment, profile, content, contentType) =>
      registry.deploy(application, environment, profile, content, contentType),
  };
}
