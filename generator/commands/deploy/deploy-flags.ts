import type { DocumentFormat } from "../../pipeline/load/document-format.js";
import { DeployError, type DeploymentStatus, type ManagementApi } from "./management-api.js";
import { PROFILE_TYPE_OF, profileTypeMismatch } from "./profile-type.js";
import { lookUpTarget, type ResolvedTarget, type TargetLookup, type TargetNames } from "./resolve-ids.js";

/** What to deploy where. */
export interface DeployRequest {
  readonly names: TargetNames;
  /** The validated flags file's exact bytes. */
  readonly content: Uint8Array;
  /** The file's format: it decides the profile type (`AWS.Freeform` or `AWS.AppConfig.FeatureFlags`). */
  readonly format: DocumentFormat;
  /** The file as messages show it, e.g. `flags/features.json`. */
  readonly file: string;
  /** Create the profile (hosted, of the format's type) when none has the name `names.profile`. */
  readonly createProfile?: boolean;
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
 * Resolves names to ids (unless `request.target` has them), checks that the profile's type fits the
 * file's format (or creates the missing profile with `createProfile`), creates a hosted
 * configuration version holding `content` and starts its deployment. Nothing is created before every
 * name is resolved and the type is checked. `say` receives one line per step. Throws `DeployError`
 * when a check or a call fails.
 * @example
 * const result = await deployFlags(api, { names, content, format: "native", file: "flags/shop.json" }, (line) => console.log(line));
 */
export async function deployFlags(api: ManagementApi, request: DeployRequest, say: (line: string) => void): Promise<DeployResult> {
  const { names } = request;
  const target = await profileFor(api, request, request.target ?? (await lookUpTarget(api, names)), say);
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

/** The target with a profile of the right type: the existing one, checked, or a new one with `createProfile`. */
async function profileFor(api: ManagementApi, request: DeployRequest, lookup: TargetLookup, say: (line: string) => void): Promise<ResolvedTarget> {
  const { names } = request;
  const type = PROFILE_TYPE_OF[request.format];
  if (!("missingProfile" in lookup)) {
    const mismatch = profileTypeMismatch(request.format, lookup.profileType, request.file, `${names.application}/${names.profile}`);
    if (mismatch !== undefined) throw new DeployError(mismatch);
    return lookup;
  }
  const { missingProfile, ...ids } = lookup;
  if (!request.createProfile) {
    throw new DeployError(`${missingProfile}; pass --create-profile to create a hosted ${type} profile named ${JSON.stringify(names.profile)}`);
  }
  const profile = await api.createConfigurationProfile({ applicationId: ids.applicationId, name: names.profile, type });
  say(`created configuration profile ${names.application}/${profile.name} (${profile.id}): hosted, ${profile.type}`);
  return { ...ids, profileId: profile.id, profileName: profile.name, profileType: profile.type };
}
