import { jsonReply, type Reply } from "../../../generator/commands/serve/servers/http-reply.js";
import { parseObject } from "./management-json.js";
import { managementError, notFound } from "./management-errors.js";
import { byId, type DeploymentRecord, type DeploymentState, type ManagementState } from "./management-state.js";

/** A deployment that reached its final state, with the names it was deployed under. */
export interface CompletedDeployment {
  readonly application: string;
  readonly environment: string;
  readonly profile: string;
  readonly content: Uint8Array;
  readonly contentType: string;
}

/** What the deployment routes read and change. */
export interface DeploymentContext {
  readonly state: ManagementState;
  /** States a deployment goes through, one step per GetDeployment; the last one sticks. */
  readonly progression: () => readonly DeploymentState[];
  readonly now: () => number;
  /** Called once when a deployment reaches COMPLETE (e.g. to publish it on a local data API). */
  readonly onComplete?: (deployment: CompletedDeployment) => void;
  isFinished(deployment: DeploymentRecord): boolean;
}

const FINAL_STATES: ReadonlySet<DeploymentState> = new Set(["COMPLETE", "ROLLED_BACK", "REVERTED"]);

/** Whether a deployment has ended: its fixed state, or the state at its step of `progression`, is final. */
export function isFinishedAt(progression: readonly DeploymentState[], deployment: DeploymentRecord): boolean {
  const state = deployment.fixedState ?? progression[Math.min(deployment.step, progression.length - 1)];
  return state !== undefined && FINAL_STATES.has(state);
}

/** `StartDeployment`: 201 with the deployment; 404 for unknown ids; 409 while the environment is busy. */
export function startDeployment(context: DeploymentContext, applicationId: string, environmentId: string, body: Uint8Array): Reply {
  const { state } = context;
  if (!byId(state.environmentsOf(applicationId), environmentId)) return notFound("Environment", environmentId);
  const input = parseObject(body);
  if (!input) return managementError(400, "BadRequestException", "Request body must be a JSON object");
  const profileId = String(input["ConfigurationProfileId"] ?? "");
  const version = String(input["ConfigurationVersion"] ?? "");
  const strategyId = String(input["DeploymentStrategyId"] ?? "");
  if (!byId(state.profilesOf(applicationId), profileId)) return notFound("ConfigurationProfile", profileId);
  const strategy = byId(state.strategies, strategyId);
  if (!strategy) return notFound("DeploymentStrategy", strategyId);
  const versions = state.versionsOf(applicationId, profileId);
  if (!versions.some((hosted) => String(hosted.versionNumber) === version || hosted.versionLabel === version)) {
    return notFound("HostedConfigurationVersion", version);
  }
  const deployments = state.deploymentsOf(applicationId, environmentId);
  if (deployments.some((deployment) => !context.isFinished(deployment))) {
    return managementError(409, "ConflictException", "A deployment is already in progress in this environment");
  }
  const description = typeof input["Description"] === "string" ? input["Description"] : undefined;
  const deployment: DeploymentRecord = {
    applicationId, environmentId, configurationProfileId: profileId, deploymentNumber: deployments.length + 1,
    configurationVersion: version, strategy, startedAt: context.now(), step: 0,
    ...(description !== undefined ? { description } : {}),
  };
  deployments.push(deployment);
  publishIfComplete(context, deployment);
  return jsonReply(201, deploymentBody(context, deployment));
}

/** `GetDeployment`: the deployment, one step further along the progression. */
export function deploymentReply(context: DeploymentContext, applicationId: string, params: Readonly<Record<string, string>>): Reply {
  const environmentId = params["EnvironmentId"] ?? "";
  const number = params["DeploymentNumber"] ?? "";
  const deployment = context.state.deploymentsOf(applicationId, environmentId).find((found) => String(found.deploymentNumber) === number);
  if (!deployment) return notFound("Deployment", number);
  if (!context.isFinished(deployment)) {
    deployment.step++;
    publishIfComplete(context, deployment);
  }
  return jsonReply(200, deploymentBody(context, deployment));
}

/**
 * `ListDeployments` items (`DeploymentSummary`), newest first as AppConfig lists them, without
 * moving any deployment along its progression. The caller pages them.
 */
export function deploymentSummaries(context: DeploymentContext, applicationId: string, environmentId: string): Record<string, unknown>[] {
  const profiles = context.state.profilesOf(applicationId);
  return [...context.state.deploymentsOf(applicationId, environmentId)].reverse().map((deployment) => {
    const state = stateOf(context, deployment);
    const version = context.state.versionsOf(applicationId, deployment.configurationProfileId)
      .find((hosted) => String(hosted.versionNumber) === deployment.configurationVersion);
    return {
      DeploymentNumber: deployment.deploymentNumber,
      ConfigurationProfileId: deployment.configurationProfileId,
      ConfigurationName: byId(profiles, deployment.configurationProfileId)?.name,
      ConfigurationVersion: deployment.configurationVersion,
      DeploymentDurationInMinutes: deployment.strategy.deploymentDurationInMinutes,
      GrowthType: deployment.strategy.growthType,
      GrowthFactor: deployment.strategy.growthFactor,
      FinalBakeTimeInMinutes: deployment.strategy.finalBakeTimeInMinutes,
      State: state,
      PercentageComplete: state === "COMPLETE" ? 100 : 0,
      StartedAt: new Date(deployment.startedAt).toISOString(),
      ...(version?.versionLabel !== undefined ? { VersionLabel: version.versionLabel } : {}),
    };
  });
}

function stateOf(context: DeploymentContext, deployment: DeploymentRecord): DeploymentState {
  if (deployment.fixedState !== undefined) return deployment.fixedState;
  const progression = context.progression();
  return progression[Math.min(deployment.step, progression.length - 1)] ?? "COMPLETE";
}

function publishIfComplete(context: DeploymentContext, deployment: DeploymentRecord): void {
  if (stateOf(context, deployment) !== "COMPLETE" || !context.onComplete) return;
  const { state } = context;
  const version = state.versionsOf(deployment.applicationId, deployment.configurationProfileId)
    .find((hosted) => String(hosted.versionNumber) === deployment.configurationVersion || hosted.versionLabel === deployment.configurationVersion);
  const names = [
    byId(state.applications, deployment.applicationId)?.name,
    byId(state.environmentsOf(deployment.applicationId), deployment.environmentId)?.name,
    byId(state.profilesOf(deployment.applicationId), deployment.configurationProfileId)?.name,
  ];
  const [application, environment, profile] = names;
  if (!version || application === undefined || environment === undefined || profile === undefined) return;
  context.onComplete({ application, environment, profile, content: version.content, contentType: version.contentType });
}

function deploymentBody(context: DeploymentContext, deployment: DeploymentRecord): Record<string, unknown> {
  const state = stateOf(context, deployment);
  const { strategy } = deployment;
  return {
    ApplicationId: deployment.applicationId,
    EnvironmentId: deployment.environmentId,
    DeploymentStrategyId: strategy.id,
    ConfigurationProfileId: deployment.configurationProfileId,
    DeploymentNumber: deployment.deploymentNumber,
    ConfigurationVersion: deployment.configurationVersion,
    ConfigurationLocationUri: "hosted",
    DeploymentDurationInMinutes: strategy.deploymentDurationInMinutes,
    GrowthType: strategy.growthType,
    GrowthFactor: strategy.growthFactor,
    FinalBakeTimeInMinutes: strategy.finalBakeTimeInMinutes,
    State: state,
    PercentageComplete: state === "COMPLETE" ? 100 : 0,
    // AppConfig models its timestamps as RFC 3339 date-time strings.
    StartedAt: new Date(deployment.startedAt).toISOString(),
    ...(deployment.description !== undefined ? { Description: deployment.description } : {}),
  };
}
