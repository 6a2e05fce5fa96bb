export { startAppConfigDataServer, type AppConfigDataServer, type AppConfigDataServerOptions, type DataApiRoute } from "./appconfig-data-server.js";
export { startAppConfigAgentServer, type AppConfigAgentServer, type AgentRoute } from "./appconfig-agent-server.js";
export { documentFault, malformedJsonFault, type Fault, type FaultTimes, FaultPlan } from "./fault-plan.js";
export type { DeployedConfiguration } from "./configuration-registry.js";
export type { ListenOptions } from "./loopback-server.js";
