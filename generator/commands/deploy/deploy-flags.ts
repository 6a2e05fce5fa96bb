import type { DeploymentStatus, ManagementApi } from "./management-api.js";
import { resolveTarget, type ResolvedTarget, type TargetNames } from "./resolve-ids.js";

/** What to deploy where. */
export interface DeployRequest {
  readonly names: TargetNames;
  /** The validated flags file's exact bytes. */
  readonly content: Uint8Array;
  readonly description?: string;
  readonly versionLabel?: string;
  /** The ids, when already resolved (to find the flags file of a profile given by id). */
  readonly target?: ResolvedTarget;
}

export interface DeployResult {
  readonly target: ResolvedTarget;
  readonly versionNumber: number;
  readonly deployment: DeploymentStatus;
}

/**
 * Resolves names to ids (unless `request.target` has them), creates a hosted configuration version holding `content` and starts
 * its deployment. `say` receives one line per step. Throws `DeployError` when a call fails.
 * @example
 * const result = await deployFlags(api, { names, content }, (line) => console.log(line));
 */
export async function deployFlags(api: ManagementApi, request: DeployRequest, say: (line: string) => void): Promise<DeployResult> {
  const { names } = request;
  const target = request.target ?? (await resolveTarget(api, names));
  const created = await api.createHostedVersion({
    applicationId: target.applicationId,
    profileId: target.profileId,
    content: request.content,
    ...(request.description !== undefined ? { description: request.description } : {}),
    ...(request.versionLabel !== undefined ? { versionLabel: request.versionLabel } : {}),
  });
  say(`created hosted configuration version ${created.versionNumber} of ${names.application}/${names.profile}`);
  const deployment = await api.startDeployment({
    applicationId: target.applicationId,
    environmentId: target.environmentId,
    profileId: target.profileId,
    strategyId: target.strategyId,
    versionNumber: created.versionNumber,
    ...(request.description !== undefined ? { description: request.description } : {}),
  });
  say(
    `started deployment ${deployment.deploymentNumber} of version ${created.versionNumber} to ` +
      `${names.application}/${names.environment} with ${names.strategy}: ${deployment.state}`,
  );
  return { target, versionNumber: created.versionNumber, deployment };
}
