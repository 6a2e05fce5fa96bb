/** The service's `DeploymentState` values. */
export type DeploymentState = "BAKING" | "COMPLETE" | "DEPLOYING" | "REVERTED" | "ROLLED_BACK" | "ROLLING_BACK" | "VALIDATING";

export interface NamedResource {
  readonly id: string;
  readonly name: string;
}

/** The two configuration profile types AppConfig has. */
export type ProfileType = "AWS.Freeform" | "AWS.AppConfig.FeatureFlags";

export interface ProfileRecord extends NamedResource {
  readonly type: ProfileType;
  /** `hosted` for profiles whose versions AppConfig stores; anything else (an S3 or SSM URI) is not. */
  readonly locationUri: string;
  readonly description?: string;
}

export interface DeploymentStrategyRecord extends NamedResource {
  readonly growthType: "LINEAR" | "EXPONENTIAL";
  readonly growthFactor: number;
  readonly deploymentDurationInMinutes: number;
  readonly finalBakeTimeInMinutes: number;
}

export interface HostedVersionRecord {
  readonly versionNumber: number;
  readonly content: Uint8Array;
  readonly contentType: string;
  /** Milliseconds since the epoch (the server's clock). */
  readonly createdAt: number;
  readonly description?: string;
  readonly versionLabel?: string;
}

export interface DeploymentRecord {
  readonly applicationId: string;
  readonly environmentId: string;
  readonly configurationProfileId: string;
  readonly deploymentNumber: number;
  readonly configurationVersion: string;
  readonly strategy: DeploymentStrategyRecord;
  readonly description?: string;
  readonly startedAt: number;
  /** Index into the server's progression; every GetDeployment moves it one step on. */
  step: number;
  /** A state this deployment stays in whatever the progression says (deployments recorded by tests). */
  readonly fixedState?: DeploymentState;
}

/** The strategies every account has; their ids are their names. */
const PREDEFINED_STRATEGIES: readonly DeploymentStrategyRecord[] = [
  { id: "AppConfig.AllAtOnce", name: "AppConfig.AllAtOnce", growthType: "LINEAR", growthFactor: 100, deploymentDurationInMinutes: 0, finalBakeTimeInMinutes: 10 },
  { id: "AppConfig.Linear50PercentEvery30Seconds", name: "AppConfig.Linear50PercentEvery30Seconds", growthType: "LINEAR", growthFactor: 50, deploymentDurationInMinutes: 1, finalBakeTimeInMinutes: 1 },
  { id: "AppConfig.Canary10Percent20Minutes", name: "AppConfig.Canary10Percent20Minutes", growthType: "EXPONENTIAL", growthFactor: 10, deploymentDurationInMinutes: 20, finalBakeTimeInMinutes: 10 },
];

/**
 * Applications, environments, hosted configuration profiles, strategies, versions and deployments
 * of a local AppConfig management API. Ids look like the service's (`[a-z0-9]{4,7}`), deterministic.
 * @example
 * const app = state.addApplication("shop");
 * state.addEnvironment(app.id, "prod");
 */
export class ManagementState {
  readonly applications: NamedResource[] = [];
  readonly strategies: DeploymentStrategyRecord[] = [...PREDEFINED_STRATEGIES];
  private readonly environments = new Map<string, NamedResource[]>();
  private readonly profiles = new Map<string, ProfileRecord[]>();
  private readonly versions = new Map<string, HostedVersionRecord[]>();
  private readonly deployments = new Map<string, DeploymentRecord[]>();
  private nextId = 1;

  addApplication(name: string): NamedResource {
    return this.push(this.applications, "a", name);
  }

  addEnvironment(applicationId: string, name: string): NamedResource {
    return this.push(listOf(this.environments, applicationId), "e", name);
  }

  /** A profile of `type` (freeform by default), hosted unless `locationUri` says otherwise. */
  addConfigurationProfile(
    applicationId: string,
    name: string,
    type: ProfileType = "AWS.Freeform",
    settings: { readonly locationUri?: string; readonly description?: string } = {},
  ): ProfileRecord {
    const profile: ProfileRecord = { id: this.newId("p"), name, type, locationUri: settings.locationUri ?? "hosted", ...(settings.description !== undefined ? { description: settings.description } : {}) };
    listOf(this.profiles, applicationId).push(profile);
    return profile;
  }

  addStrategy(name: string, settings: Omit<DeploymentStrategyRecord, "id" | "name">): DeploymentStrategyRecord {
    const strategy = { id: this.newId("s"), name, ...settings };
    this.strategies.push(strategy);
    return strategy;
  }

  /** A hosted version of a profile, as if created earlier (tests that start from a deployed state). */
  addHostedVersion(applicationId: string, profileId: string, content: string | Uint8Array, contentType = "application/json"): HostedVersionRecord {
    const versions = this.versionsOf(applicationId, profileId);
    const version: HostedVersionRecord = {
      versionNumber: (versions.at(-1)?.versionNumber ?? 0) + 1,
      content: typeof content === "string" ? Buffer.from(content) : content,
      contentType,
      createdAt: Date.UTC(2026, 0, 1),
    };
    versions.push(version);
    return version;
  }

  /** A deployment of a hosted version that stays in `state` (COMPLETE by default), as if it ran earlier. */
  addDeployment(applicationId: string, environmentId: string, profileId: string, versionNumber: number, state: DeploymentState = "COMPLETE"): DeploymentRecord {
    const deployments = this.deploymentsOf(applicationId, environmentId);
    const strategy = PREDEFINED_STRATEGIES[0] as DeploymentStrategyRecord;
    const deployment: DeploymentRecord = {
      applicationId, environmentId, configurationProfileId: profileId, deploymentNumber: deployments.length + 1,
      configurationVersion: String(versionNumber), strategy, startedAt: Date.UTC(2026, 0, 1), step: 0, fixedState: state,
    };
    deployments.push(deployment);
    return deployment;
  }

  environmentsOf(applicationId: string): readonly NamedResource[] {
    return this.environments.get(applicationId) ?? [];
  }

  profilesOf(applicationId: string): readonly ProfileRecord[] {
    return this.profiles.get(applicationId) ?? [];
  }

  versionsOf(applicationId: string, profileId: string): HostedVersionRecord[] {
    return listOf(this.versions, `${applicationId}/${profileId}`);
  }

  deploymentsOf(applicationId: string, environmentId: string): DeploymentRecord[] {
    return listOf(this.deployments, `${applicationId}/${environmentId}`);
  }

  private push(list: NamedResource[], prefix: string, name: string): NamedResource {
    const resource = { id: this.newId(prefix), name };
    list.push(resource);
    return resource;
  }

  private newId(prefix: string): string {
    return `${prefix}${String(this.nextId++).padStart(6, "0")}`;
  }
}

/** The found resource with this id, if any. */
export function byId<T extends NamedResource>(list: readonly T[], id: string): T | undefined {
  return list.find((resource) => resource.id === id);
}

function listOf<T>(map: Map<string, T[]>, key: string): T[] {
  const existing = map.get(key);
  if (existing) return existing;
  const created: T[] = [];
  map.set(key, created);
  return created;
}
