import type { StoredDocument } from "../../../pipeline/load/native/stored/stored-document.js";

/** One deployed configuration version, as the service would hand it out. */
export interface DeployedConfiguration {
  readonly body: Uint8Array;
  readonly contentType: string;
  /** For a native feature-flag profile, the stored document the agent evaluates variants from. */
  readonly featureFlags?: StoredDocument;
  /** Increases with every deployment of the same application/environment/profile. */
  readonly version: number;
  readonly versionLabel: string;
}

/** What was not found, in the service's `ResourceType` vocabulary. */
export type MissingResource = "Application" | "Environment" | "ConfigurationProfile";

export type Lookup =
  | { readonly found: DeployedConfiguration; readonly key: string }
  | { readonly missing: MissingResource };

/**
 * Configurations keyed by application, environment and profile, each replaced
 * by `deploy`. Strings and bytes are served verbatim; other values as JSON.
 * @example
 * registry.deploy("shop", "prod", "features", { beta: { default: true } });
 */
export class ConfigurationRegistry {
  private readonly deployed = new Map<string, DeployedConfiguration>();

  deploy(
    application: string,
    environment: string,
    profile: string,
    content: unknown,
    contentType = "application/json",
    featureFlags?: StoredDocument,
  ): DeployedConfiguration {
    const key = configurationKey(application, environment, profile);
    const version = (this.deployed.get(key)?.version ?? 0) + 1;
    const configuration = { body: toBytes(content), contentType, version, versionLabel: `v${version}`, ...(featureFlags ? { featureFlags } : {}) };
    this.deployed.set(key, configuration);
    return configuration;
  }

  lookup(application: string, environment: string, profile: string): Lookup {
    const key = configurationKey(application, environment, profile);
    const found = this.deployed.get(key);
    if (found) return { found, key };
    const known = [...this.deployed.keys()].map((entry) => JSON.parse(entry) as [string, string, string]);
    if (!known.some(([app]) => app === application)) return { missing: "Application" };
    if (!known.some(([app, env]) => app === application && env === environment)) return { missing: "Environment" };
    return { missing: "ConfigurationProfile" };
  }

  /** The configuration currently deployed under a key from `lookup`. */
  current(key: string): DeployedConfiguration | undefined {
    return this.deployed.get(key);
  }
}

function configurationKey(application: string, environment: string, profile: string): string {
  return JSON.stringify([application, environment, profile]);
}

function toBytes(content: unknown): Uint8Array {
  if (content instanceof Uint8Array) return content;
  return Buffer.from(typeof content === "string" ? content : JSON.stringify(content));
}
