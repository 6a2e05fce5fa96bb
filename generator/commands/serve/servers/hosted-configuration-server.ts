import type { StoredDocument } from "../../../pipeline/load/native/stored/stored-document.js";
import type { ConfigurationRegistry, DeployedConfiguration } from "./configuration-registry.js";
import { listenOnLoopback, type ListenOptions, type LoopbackServer, type RequestHandler } from "./loopback-server.js";
import type { RequestHook } from "./request-hook.js";

/** A local server handing out deployed configurations. */
export interface HostedConfigurationServer extends LoopbackServer {
  /** Makes `content` the current version of a configuration (strings and bytes verbatim, other values as JSON). */
  deploy(application: string, environment: string, profile: string, content: unknown, contentType?: string): DeployedConfiguration;
  /** Makes a native (`AWS.AppConfig.FeatureFlags`) stored document the current version of a profile, served as AppConfig serves it. */
  deployFeatureFlags(application: string, environment: string, profile: string, document: StoredDocument): DeployedConfiguration;
}

/** How one server hands out a native feature-flag profile: its body and content type. */
export type FeatureFlagsBody = (document: StoredDocument) => { readonly body: string; readonly contentType: string };

/** Where a hosted-configuration server listens, and the optional hook tests misbehave it through. */
export interface HostedServerOptions<Route extends string> extends ListenOptions {
  readonly hook?: RequestHook<Route>;
}

/**
 * Starts `handler` on a loopback address and exposes the registry as `deploy` and, with the
 * server's `featureFlagsBody`, `deployFeatureFlags`.
 * @example return listenWithDeployments(handle, registry, retrievalBody, options);
 */
export async function listenWithDeployments(
  handler: RequestHandler,
  registry: ConfigurationRegistry,
  featureFlagsBody: FeatureFlagsBody,
  options: ListenOptions,
): Promise<HostedConfigurationServer> {
  const server = await listenOnLoopback(handler, options);
  return {
    ...server,
    deploy: (application, environment, profile, content, contentType) =>
      registry.deploy(application, environment, profile, content, contentType),
    deployFeatureFlags: (application, environment, profile, document) => {
      const { body, contentType } = featureFlagsBody(document);
      return registry.deploy(application, environment, profile, body, contentType, document);
    },
  };
}
