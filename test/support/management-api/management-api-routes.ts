import { jsonReply, type Reply } from "../../../generator/commands/serve/servers/http-reply.js";
import { deploymentReply, deploymentSummaries, startDeployment, type DeploymentContext } from "./management-deployments.js";
import { managementError, notFound } from "./management-errors.js";
import { createHostedVersion, getHostedVersion } from "./management-hosted-versions.js";
import { createProfile, profileSummary } from "./management-profiles.js";
import { byId, type ManagementState, type NamedResource } from "./management-state.js";

/** The management API operations the server answers, named as in the AWS API reference. */
export type ManagementRoute =
  | "ListApplications"
  | "ListEnvironments"
  | "ListConfigurationProfiles"
  | "ListDeploymentStrategies"
  | "CreateConfigurationProfile"
  | "CreateHostedConfigurationVersion"
  | "GetHostedConfigurationVersion"
  | "StartDeployment"
  | "ListDeployments"
  | "GetDeployment";

/** One request, as the routes need it. */
export interface ManagementRequest {
  readonly route: ManagementRoute;
  /** Path parameters, decoded: `ApplicationId`, `EnvironmentId`, `ConfigurationProfileId`, `VersionNumber`, `DeploymentNumber`. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Uint8Array;
}

const ROUTES: readonly { method: string; pattern: RegExp; route: ManagementRoute; params: readonly string[] }[] = [
  { method: "GET", pattern: /^\/applications$/, route: "ListApplications", params: [] },
  { method: "GET", pattern: /^\/applications\/([^/]+)\/environments$/, route: "ListEnvironments", params: ["ApplicationId"] },
  { method: "GET", pattern: /^\/applications\/([^/]+)\/configurationprofiles$/, route: "ListConfigurationProfiles", params: ["ApplicationId"] },
  { method: "POST", pattern: /^\/applications\/([^/]+)\/configurationprofiles$/, route: "CreateConfigurationProfile", params: ["ApplicationId"] },
  { method: "GET", pattern: /^\/deploymentstrategies$/, route: "ListDeploymentStrategies", params: [] },
  {
    method: "POST",
    pattern: /^\/applications\/([^/]+)\/configurationprofiles\/([^/]+)\/hostedconfigurationversions$/,
    route: "CreateHostedConfigurationVersion",
    params: ["ApplicationId", "ConfigurationProfileId"],
  },
  {
    method: "GET",
    pattern: /^\/applications\/([^/]+)\/configurationprofiles\/([^/]+)\/hostedconfigurationversions\/([^/]+)$/,
    route: "GetHostedConfigurationVersion",
    params: ["ApplicationId", "ConfigurationProfileId", "VersionNumber"],
  },
  { method: "POST", pattern: /^\/applications\/([^/]+)\/environments\/([^/]+)\/deployments$/, route: "StartDeployment", params: ["ApplicationId", "EnvironmentId"] },
  { method: "GET", pattern: /^\/applications\/([^/]+)\/environments\/([^/]+)\/deployments$/, route: "ListDeployments", params: ["ApplicationId", "EnvironmentId"] },
  {
    method: "GET",
    pattern: /^\/applications\/([^/]+)\/environments\/([^/]+)\/deployments\/([^/]+)$/,
    route: "GetDeployment",
    params: ["ApplicationId", "EnvironmentId", "DeploymentNumber"],
  },
];

/** The operation a method and path name, with its decoded path parameters. */
export function matchManagementRoute(method: string | undefined, pathname: string): { route: ManagementRoute; params: Record<string, string> } | undefined {
  for (const candidate of ROUTES) {
    const match = method === candidate.method ? candidate.pattern.exec(pathname) : null;
    if (!match) continue;
    const params: Record<string, string> = {};
    candidate.params.forEach((name, index) => (params[name] = decodeURIComponent(match[index + 1] ?? "")));
    return { route: candidate.route, params };
  }
  return undefined;
}

/** Answers one management API request. */
export function answerManagementRequest(context: DeploymentContext, request: ManagementRequest): Reply {
  const { state } = context;
  const applicationId = request.params["ApplicationId"] ?? "";
  switch (request.route) {
    case "ListApplications":
      return page(request.query, state.applications.map(applicationItem));
    case "ListDeploymentStrategies":
      return page(request.query, state.strategies.map((strategy) => ({
        Id: strategy.id, Name: strategy.name, GrowthType: strategy.growthType, GrowthFactor: strategy.growthFactor,
        DeploymentDurationInMinutes: strategy.deploymentDurationInMinutes, FinalBakeTimeInMinutes: strategy.finalBakeTimeInMinutes,
      })));
    case "ListEnvironments":
      return withApplication(state, applicationId, () =>
        page(request.query, state.environmentsOf(applicationId).map((environment) => ({
          ApplicationId: applicationId, Id: environment.id, Name: environment.name, State: environmentState(context, applicationId, environment),
        }))));
    case "ListConfigurationProfiles":
      return withApplication(state, applicationId, () =>
        page(request.query, state.profilesOf(applicationId).map((profile) => profileSummary(applicationId, profile))));
    case "CreateConfigurationProfile":
      return withApplication(state, applicationId, () => createProfile(state, applicationId, request.body));
    case "CreateHostedConfigurationVersion":
      return withApplication(state, applicationId, () => createHostedVersion(state, applicationId, request, context.now));
    case "GetHostedConfigurationVersion":
      return withApplication(state, applicationId, () => getHostedVersion(state, applicationId, request.params));
    case "StartDeployment":
      return withApplication(state, applicationId, () => startDeployment(context, applicationId, request.params["EnvironmentId"] ?? "", request.body));
    case "ListDeployments":
      return withApplication(state, applicationId, () => {
        const environmentId = request.params["EnvironmentId"] ?? "";
        if (!byId(state.environmentsOf(applicationId), environmentId)) return notFound("Environment", environmentId);
        return page(request.query, deploymentSummaries(context, applicationId, environmentId));
      });
    case "GetDeployment":
      return withApplication(state, applicationId, () => deploymentReply(context, applicationId, request.params));
  }
}

function withApplication(state: ManagementState, applicationId: string, answer: () => Reply): Reply {
  return byId(state.applications, applicationId) ? answer() : notFound("Application", applicationId);
}

function applicationItem(application: NamedResource): Record<string, string> {
  return { Id: application.id, Name: application.name };
}

function environmentState(context: DeploymentContext, applicationId: string, environment: NamedResource): string {
  const running = context.state.deploymentsOf(applicationId, environment.id).some((deployment) => !context.isFinished(deployment));
  return running ? "DEPLOYING" : "READY_FOR_DEPLOYMENT";
}

/** `Items` and `NextToken`, honouring the `max_results` and `next_token` query parameters. */
function page(query: URLSearchParams, items: readonly unknown[]): Reply {
  const size = Number(query.get("max_results") ?? "50");
  const start = Number(query.get("next_token") ?? "0");
  if (!Number.isInteger(size) || size < 1 || size > 50) return managementError(400, "BadRequestException", "MaxResults must be 1 to 50");
  if (!Number.isInteger(start) || start < 0 || start > items.length) return managementError(400, "BadRequestException", "Invalid NextToken");
  const end = start + size;
  return jsonReply(200, { Items: items.slice(start, end), ...(end < items.length ? { NextToken: String(end) } : {}) });
}
