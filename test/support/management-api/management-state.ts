/** The service's `DeploymentState` values. */
export type DeploymentState = "BAKING" | "COMPLETE" | "DEPLOYING" | "REVERTED" | "ROLLED_BACK" | "ROLLING_BACK" | "VALIDATING";

export interface NamedResource {
  readonly id: string;
  readonly name: string;
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
  private readonly profiles = new Map<string, NamedResource[]>();
  private readonly versions = new Map<string, HostedVersionRecord[]>();
  private readonly deployments = new Map<string, DeploymentRecord[]>();
  private nextId = 1;

  addApplication(name: string): NamedResource {
    return this.push(this.applications, "a", name);
  }

  addEnvironment(applicationId: string, name: string): NamedResource {
    return this.push(listOf(this.environments, applicationId), "e", name);
  }

  addConfigurationProfile(applicationId: string, name: string): NamedResource {
    return this.push(listOf(this.profiles, applicationId), "p", name);
  }

  addStrategy(name: string, settings: Omit<DeploymentStrategyRecord, "id" | "name">): DeploymentStrategyRecord {
    const strategy = { id: this.newId("s"), name, ...settings };
    this.strategies.push(strategy);
    return strategy;
  }

  environmentsOf(applicationId: string): readonly NamedResource[] {
    return this.environments.get(applicationId) ?? [];
  }

  profilesOf(applicationId: string): readonly NamedResource[] {
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
