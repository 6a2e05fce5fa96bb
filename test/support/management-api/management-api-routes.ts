import { awsErrorReply } from "../../../generator/commands/serve/servers/aws-error-reply.js";
import { jsonReply, type Reply } from "../../../generator/commands/serve/servers/http-reply.js";
import { deploymentReply, startDeployment, type DeploymentContext } from "./management-deployments.js";
import { managementError, notFound } from "./management-errors.js";
import { byId, type ManagementState, type NamedResource } from "./management-state.js";

/** The management API operations the server answers, named as in the AWS API reference. */
export type ManagementRoute =
  | "ListApplications"
  | "ListEnvironments"
  | "ListConfigurationProfiles"
  | "ListDeploymentStrategies"
  | "CreateHostedConfigurationVersion"
  | "StartDeployment"
  | "GetDeployment";

/** One request, as the routes need it. */
export interface ManagementRequest {
  readonly route: ManagementRoute;
  /** Path parameters, decoded: `ApplicationId`, `EnvironmentId`, `ConfigurationProfileId`, `DeploymentNumber`. */
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
  { method: "GET", pattern: /^\/deploymentstrategies$/, route: "ListDeploymentStrategies", params: [] },
  {
    method: "POST",
    pattern: /^\/applications\/([^/]+)\/configurationprofiles\/([^/]+)\/hostedconfigurationversions$/,
    route: "CreateHostedConfigurationVersion",
    params: ["ApplicationId", "ConfigurationProfileId"],
  },
  { method: "POST", pattern: /^\/applications\/([^/]+)\/environments\/([^/]+)\/deployments$/, route: "StartDeployment", params: ["ApplicationId", "EnvironmentId"] },
  {
    method: "GET",
    pattern: /^\/applications\/([^/]+)\/environments\/([^/]+)\/deployments\/([^/]+)$/,
    route: "GetDeployment",
    params: ["ApplicationId", "EnvironmentId", "DeploymentNumber"],
  },
];

/** Hosted configurations are limited to 2 MB by default. */
const MAX_HOSTED_BYTES = 2 * 1024 * 1024;

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
        page(request.query, state.profilesOf(applicationId).map((profile) => ({
          ApplicationId: applicationId, Id: profile.id, Name: profile.name, LocationUri: "hosted", Type: "AWS.Freeform", ValidatorTypes: [],
        }))));
    case "CreateHostedConfigurationVersion":
      return withApplication(state, applicationId, () => createHostedVersion(state, applicationId, request));
    case "StartDeployment":
      return withApplication(state, applicationId, () => startDeployment(context, applicationId, request.params["EnvironmentId"] ?? "", request.body));
    case "GetDeployment":
      return withApplication(state, applicationId, () => deploymentReply(context, applicationId, request.params));
  }
}

function createHostedVersion(state: ManagementState, applicationId: string, request: ManagementRequest): Reply {
  const profileId = request.params["ConfigurationProfileId"] ?? "";
  if (!byId(state.profilesOf(applicationId), profileId)) return notFound("ConfigurationProfile", profileId);
  const contentType = request.headers["content-type"];
  if (!contentType) return managementError(400, "BadRequestException", "Content-Type is required");
  if (request.body.byteLength > MAX_HOSTED_BYTES) {
    return awsErrorReply(413, "PayloadTooLargeException", { Message: "Configuration too large", Measure: "BYTES", Limit: MAX_HOSTED_BYTES, Size: request.body.byteLength });
  }
  const versions = state.versionsOf(applicationId, profileId);
  const latest = versions.at(-1)?.versionNumber ?? 0;
  const expectedLatest = request.headers["latest-version-number"];
  if (expectedLatest !== undefined && Number(expectedLatest) !== latest) {
    return managementError(409, "ConflictException", `Latest version is ${latest}, not ${expectedLatest}`);
  }
  const description = request.headers["description"];
  const versionLabel = request.headers["versionlabel"];
  const version = {
    versionNumber: latest + 1, content: request.body, contentType,
    ...(description !== undefined ? { description } : {}), ...(versionLabel !== undefined ? { versionLabel } : {}),
  };
  versions.push(version);
  const headers: Record<string, string> = {
    "application-id": applicationId, "configuration-profile-id": profileId, "version-number": String(version.versionNumber), "content-type": contentType,
    ...(description !== undefined ? { description } : {}), ...(versionLabel !== undefined ? { versionlabel: versionLabel } : {}),
  };
  return { status: 201, headers, body: request.body };
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
