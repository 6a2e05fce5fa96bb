export { startAppConfigDataServer, type AppConfigDataServer, type AppConfigDataServerOptions, type DataApiRoute } from "./appconfig-data-server.js";
export { startAppConfigAgentServer, type AppConfigAgentServer, type AgentRoute } from "./appconfig-agent-server.js";
export type { DeployedConfiguration } from "./configuration-registry.js";
export type { HostedServerOptions } from "./hosted-configuration-server.js";
export type { ListenOptions } from "./loopback-server.js";
export type { HookDecision, RequestHook } from "./request-hook.js";
