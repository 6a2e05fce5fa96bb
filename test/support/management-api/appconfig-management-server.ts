import type { IncomingMessage, ServerResponse } from "node:http";
import { answerWithTransportFault } from "../faults/fault-responder.js";
import { FaultPlan } from "../faults/fault-plan.js";
import { readRequestBytes, sendReply } from "../../../generator/commands/serve/servers/http-reply.js";
import { listenOnLoopback, type ListenOptions, type LoopbackServer } from "../../../generator/commands/serve/servers/loopback-server.js";
import { answerManagementRequest, matchManagementRoute, type ManagementRoute } from "./management-api-routes.js";
import { isFinishedAt, type CompletedDeployment, type DeploymentContext } from "./management-deployments.js";
import { managementError, managementErrorForStatus } from "./management-errors.js";
import { ManagementState, type DeploymentRecord, type DeploymentState } from "./management-state.js";
import { RouteCounter } from "../faults/route-counter.js";

export type { ManagementRoute } from "./management-api-routes.js";
export type { CompletedDeployment } from "./management-deployments.js";
export type { DeploymentState, HostedVersionRecord, DeploymentRecord } from "./management-state.js";

export interface AppConfigManagementServerOptions extends ListenOptions {
  /** Milliseconds since the epoch, for `StartedAt`. Default: `Date.now`. */
  readonly now?: () => number;
  /** Called when a deployment reaches COMPLETE, e.g. `(d) => dataServer.deploy(d.application, d.environment, d.profile, d.content)`. */
  readonly onComplete?: (deployment: CompletedDeployment) => void;
}

/** A local AppConfig management API with its resources, deployment progression, faults and request counts. */
export interface AppConfigManagementServer extends LoopbackServer {
  /** Applications, environments, profiles, strategies, hosted versions and deployments. */
  readonly state: ManagementState;
  /**
   * States every deployment goes through: StartDeployment answers the first, each GetDeployment
   * moves one step on, the last one sticks. Default: `["DEPLOYING", "BAKING", "COMPLETE"]`.
   */
  setProgression(states: readonly DeploymentState[]): void;
  readonly faults: FaultPlan<ManagementRoute>;
  requestCount(route: ManagementRoute): number;
}

const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * Starts a loopback server speaking the parts of the AppConfig management API (restJson1) that
 * `flagtype deploy` and `flagtype diff` call, so the real `@aws-sdk/client-appconfig` can talk to
 * it: the List calls (paginated, profiles with their `Type`), CreateConfigurationProfile,
 * Create/GetHostedConfigurationVersion (feature-flags profiles check the body against AWS's schema
 * and answer with service metadata added), StartDeployment, ListDeployments and GetDeployment.
 * @example
 * const server = await startAppConfigManagementServer();
 * const shop = server.state.addApplication("shop");
 * server.state.addEnvironment(shop.id, "prod");
 * server.state.addConfigurationProfile(shop.id, "features");
 * const client = new AppConfigClient({ endpoint: server.url, region: "us-east-1",
 *   credentials: { accessKeyId: "x", secretAccessKey: "y" } });
 * await server.close();
 */
export async function startAppConfigManagementServer(options: AppConfigManagementServerOptions = {}): Promise<AppConfigManagementServer> {
  const state = new ManagementState();
  let progression: readonly DeploymentState[] = ["DEPLOYING", "BAKING", "COMPLETE"];
  const context: DeploymentContext = {
    state,
    progression: () => progression,
    now: options.now ?? Date.now,
    ...(options.onComplete ? { onComplete: options.onComplete } : {}),
    isFinished: (deployment: DeploymentRecord) => isFinishedAt(progression, deployment),
  };
  const faults = new FaultPlan<ManagementRoute>();
  const counter = new RouteCounter<ManagementRoute>();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const matched = matchManagementRoute(request.method, url.pathname);
    if (!matched) {
      sendReply(response, managementError(404, "UnknownOperationException", "Unknown operation"));
      return;
    }
    counter.record(matched.route);
    if (answerWithTransportFault(faults.take(matched.route), request, response, managementErrorForStatus)) return;
    const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(",") : value]));
    // Exact bytes: hosted configurations are stored verbatim.
    const body = await readRequestBytes(request, MAX_REQUEST_BYTES);
    sendReply(response, answerManagementRequest(context, { ...matched, query: url.searchParams, headers, body }));
  };

  const server = await listenOnLoopback(handle, options);
  return {
    ...server,
    state,
    setProgression: (states) => {
      if (states.length === 0) throw new RangeError("a progression needs at least one state");
      progression = [...states];
    },
    faults,
    requestCount: (route) => counter.count(route),
  };
}
