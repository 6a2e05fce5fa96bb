/** One resource of a List answer; `type` is a configuration profile's `Type` (`AWS.Freeform`, `AWS.AppConfig.FeatureFlags`). */
export interface ResourceItem {
  readonly id?: string;
  readonly name?: string;
  readonly type?: string;
}

/** One page of a List call: ids and names of the resources. */
export interface ResourcePage {
  readonly items: readonly ResourceItem[];
  readonly nextToken?: string;
}

/** Where a deployment stands, as GetDeployment and StartDeployment report it. */
export interface DeploymentStatus {
  readonly deploymentNumber: number;
  /** `DEPLOYING`, `BAKING`, `COMPLETE`, `ROLLED_BACK`, … */
  readonly state: string;
  readonly percentageComplete?: number;
}

export interface HostedVersionInput {
  readonly applicationId: string;
  readonly profileId: string;
  /** Exactly the bytes of the flags file. */
  readonly content: Uint8Array;
  readonly description?: string;
  readonly versionLabel?: string;
}

/** A hosted configuration profile to create (`LocationUri: "hosted"`). */
export interface CreateProfileInput {
  readonly applicationId: string;
  readonly name: string;
  /** `AWS.Freeform` or `AWS.AppConfig.FeatureFlags`. */
  readonly type: string;
}

export interface StartDeploymentInput {
  readonly applicationId: string;
  readonly environmentId: string;
  readonly profileId: string;
  readonly strategyId: string;
  readonly versionNumber: number;
  readonly description?: string;
}

/** The AppConfig management calls `flagtype deploy` makes; the SDK adapter implements it. */
export interface ManagementApi {
  listApplications(nextToken?: string): Promise<ResourcePage>;
  listEnvironments(applicationId: string, nextToken?: string): Promise<ResourcePage>;
  listConfigurationProfiles(applicationId: string, nextToken?: string): Promise<ResourcePage>;
  listDeploymentStrategies(nextToken?: string): Promise<ResourcePage>;
  createConfigurationProfile(input: CreateProfileInput): Promise<{ readonly id: string; readonly name: string; readonly type: string }>;
  createHostedVersion(input: HostedVersionInput): Promise<{ readonly versionNumber: number }>;
  startDeployment(input: StartDeploymentInput): Promise<DeploymentStatus>;
  getDeployment(applicationId: string, environmentId: string, deploymentNumber: number): Promise<DeploymentStatus>;
}

/** A failed deployment step, with a message for humans; exit code 1. */
export class DeployError extends Error {
  override readonly name = "DeployError";
}
