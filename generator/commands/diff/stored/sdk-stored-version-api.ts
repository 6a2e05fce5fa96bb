import { StoredReadError, type DeploymentSummary, type ListedResource, type Page, type StoredVersionApi } from "./stored-version-api.js";

type AppConfigSdk = typeof import("@aws-sdk/client-appconfig");

/** Where the management API is: both default to the SDK's own resolution (environment, config files). */
export interface StoredVersionConnection {
  readonly region?: string;
  readonly endpoint?: string;
}

/** The installation hint shown when the optional peer dependency is missing. */
export const MISSING_MANAGEMENT_SDK_MESSAGE =
  "diff of a native feature-flags profile against AppConfig reads its stored document through the management API and needs @aws-sdk/client-appconfig, " +
  "an optional peer dependency that is not installed: npm install --save-dev @aws-sdk/client-appconfig";

/**
 * Loads `@aws-sdk/client-appconfig` and wraps an `AppConfigClient` (one attempt per call, so a
 * failure is reported at once) as a {@link StoredVersionApi}; `close` releases its sockets. Every
 * failure becomes a {@link StoredReadError} naming the operation.
 * @example const { api, close } = await connectStoredVersionApi({ region: "eu-west-1" });
 */
export async function connectStoredVersionApi(connection: StoredVersionConnection): Promise<{ api: StoredVersionApi; close: () => void }> {
  let sdk: AppConfigSdk;
  try {
    sdk = await import("@aws-sdk/client-appconfig");
  } catch (error) {
    throw new StoredReadError(`${MISSING_MANAGEMENT_SDK_MESSAGE} (${error instanceof Error ? error.message : String(error)})`);
  }
  const client = new sdk.AppConfigClient({
    maxAttempts: 1,
    ...(connection.region !== undefined ? { region: connection.region } : {}),
    ...(connection.endpoint !== undefined ? { endpoint: connection.endpoint } : {}),
  });
  const call = async <T>(operation: string, command: object): Promise<T> => {
    try {
      return (await client.send(command as never)) as T;
    } catch (error) {
      throw new StoredReadError(`${operation} failed: ${describeError(error)}`, { cause: error });
    }
  };
  type Listed = { Items?: { Id?: string; Name?: string; Type?: string; LocationUri?: string }[]; NextToken?: string };
  const list = async (operation: string, command: object): Promise<Page<ListedResource>> => {
    const answer = await call<Listed>(operation, command);
    const items = (answer.Items ?? []).map((item) => defined({ id: item.Id, name: item.Name, type: item.Type, locationUri: item.LocationUri }));
    return { items, ...(answer.NextToken ? { nextToken: answer.NextToken } : {}) };
  };
  const api: StoredVersionApi = {
    listApplications: (NextToken) => list("ListApplications", new sdk.ListApplicationsCommand({ NextToken })),
    listEnvironments: (ApplicationId, NextToken) => list("ListEnvironments", new sdk.ListEnvironmentsCommand({ ApplicationId, NextToken })),
    listConfigurationProfiles: (ApplicationId, NextToken) => list("ListConfigurationProfiles", new sdk.ListConfigurationProfilesCommand({ ApplicationId, NextToken })),
    listDeployments: async (ApplicationId, EnvironmentId, NextToken) => {
      type Deployments = { Items?: { DeploymentNumber?: number; ConfigurationProfileId?: string; ConfigurationName?: string; ConfigurationVersion?: string; State?: string }[]; NextToken?: string };
      const answer = await call<Deployments>("ListDeployments", new sdk.ListDeploymentsCommand({ ApplicationId, EnvironmentId, NextToken }));
      const items: DeploymentSummary[] = (answer.Items ?? []).map((item) =>
        defined({ deploymentNumber: item.DeploymentNumber, profileId: item.ConfigurationProfileId, profileName: item.ConfigurationName, configurationVersion: item.ConfigurationVersion, state: item.State }),
      );
      return { items, ...(answer.NextToken ? { nextToken: answer.NextToken } : {}) };
    },
    getHostedVersion: async (ApplicationId, ConfigurationProfileId, VersionNumber) => {
      const command = new sdk.GetHostedConfigurationVersionCommand({ ApplicationId, ConfigurationProfileId, VersionNumber });
      const answer = await call<{ Content?: Uint8Array }>("GetHostedConfigurationVersion", command);
      return answer.Content ?? new Uint8Array();
    },
  };
  return { api, close: () => client.destroy() };
}

/** The object without its undefined members (the model types use optional members, not undefined values). */
function defined<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}

/** `ResourceNotFoundException (HTTP 404): Application x not found`. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return `${error.name}${status === undefined ? "" : ` (HTTP ${status})`}: ${error.message}`;
}
