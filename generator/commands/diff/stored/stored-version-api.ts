/** One page of a List answer. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextToken?: string;
}

/** An application, environment or configuration profile as a List call answers it. */
export interface ListedResource {
  readonly id?: string;
  readonly name?: string;
  /** Profiles only: `AWS.Freeform` or `AWS.AppConfig.FeatureFlags`. */
  readonly type?: string;
  /** Profiles only: `hosted` when AppConfig stores the versions. */
  readonly locationUri?: string;
}

/** One `ListDeployments` item. */
export interface DeploymentSummary {
  readonly deploymentNumber?: number;
  readonly profileId?: string;
  /** The profile's name when it was deployed. */
  readonly profileName?: string;
  /** For a hosted profile, the hosted version number, as text. */
  readonly configurationVersion?: string;
  readonly state?: string;
}

/**
 * The AppConfig management calls `flagtype diff` makes to read the stored document a native
 * profile deployed (the data API serves only its retrieval form); the SDK adapter implements it.
 * Calls reject with {@link StoredReadError}.
 */
export interface StoredVersionApi {
  listApplications(nextToken?: string): Promise<Page<ListedResource>>;
  listEnvironments(applicationId: string, nextToken?: string): Promise<Page<ListedResource>>;
  listConfigurationProfiles(applicationId: string, nextToken?: string): Promise<Page<ListedResource>>;
  /** Newest first, as AppConfig lists them. */
  listDeployments(applicationId: string, environmentId: string, nextToken?: string): Promise<Page<DeploymentSummary>>;
  getHostedVersion(applicationId: string, profileId: string, versionNumber: number): Promise<Uint8Array>;
}

/** A failed read, with a message for humans. */
export class StoredReadError extends Error {
  override readonly name = "StoredReadError";
}
