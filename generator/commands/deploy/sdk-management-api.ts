import { DeployError, type DeploymentStatus, type ManagementApi, type ResourcePage } from "./management-api.js";

type AppConfigSdk = typeof import("@aws-sdk/client-appconfig");

/** Where the management API is: both default to the SDK's own resolution (environment, config files). */
export interface ManagementConnection {
  readonly region?: string;
  readonly endpoint?: string;
}

/** The installation hint shown when the optional peer dependency is missing. */
export const MISSING_SDK_MESSAGE =
  "deploy needs @aws-sdk/client-appconfig, an optional peer dependency that is not installed: npm install --save-dev @aws-sdk/client-appconfig";

/**
 * Loads `@aws-sdk/client-appconfig` (only `deploy` needs it) and wraps an `AppConfigClient` as a
 * {@link ManagementApi}. Every failure becomes a {@link DeployError} naming the operation.
 * @example const api = await connectManagementApi({ region: "eu-west-1" });
 */
export async function connectManagementApi(connection: ManagementConnection): Promise<ManagementApi> {
  let sdk: AppConfigSdk;
  try {
    sdk = await import("@aws-sdk/client-appconfig");
  } catch (error) {
    throw new DeployError(`${MISSING_SDK_MESSAGE} (${error instanceof Error ? error.message : String(error)})`);
  }
  const client = new sdk.AppConfigClient({
    ...(connection.region !== undefined ? { region: connection.region } : {}),
    ...(connection.endpoint !== undefined ? { endpoint: connection.endpoint } : {}),
  });
  const call: Call = async <T>(operation: string, command: object): Promise<T> => {
    try {
      return (await client.send(command as never)) as T;
    } catch (error) {
      throw new DeployError(`${operation} failed: ${describeAwsError(error)}`, { cause: error });
    }
  };
  return managementApiOver(sdk, call);
}

type Call = <T>(operation: string, command: object) => Promise<T>;

function managementApiOver(sdk: AppConfigSdk, call: Call): ManagementApi {
  const list = async (operation: string, command: object): Promise<ResourcePage> => {
    const answer = await call<{ Items?: { Id?: string; Name?: string; Type?: string }[]; NextToken?: string }>(operation, command);
    const items = (answer.Items ?? []).map((item) => ({
      ...(item.Id !== undefined ? { id: item.Id } : {}),
      ...(item.Name !== undefined ? { name: item.Name } : {}),
      ...(item.Type !== undefined ? { type: item.Type } : {}),
    }));
    return { items, ...(answer.NextToken ? { nextToken: answer.NextToken } : {}) };
  };
  return {
    listApplications: (NextToken) => list("ListApplications", new sdk.ListApplicationsCommand({ NextToken })),
    listEnvironments: (ApplicationId, NextToken) => list("ListEnvironments", new sdk.ListEnvironmentsCommand({ ApplicationId, NextToken })),
    listConfigurationProfiles: (ApplicationId, NextToken) =>
      list("ListConfigurationProfiles", new sdk.ListConfigurationProfilesCommand({ ApplicationId, NextToken })),
    listDeploymentStrategies: (NextToken) => list("ListDeploymentStrategies", new sdk.ListDeploymentStrategiesCommand({ NextToken })),
    createConfigurationProfile: async (input) => {
      const command = new sdk.CreateConfigurationProfileCommand({ ApplicationId: input.applicationId, Name: input.name, LocationUri: "hosted", Type: input.type });
      const answer = await call<{ Id?: string; Name?: string; Type?: string }>("CreateConfigurationProfile", command);
      if (answer.Id === undefined) throw new DeployError("CreateConfigurationProfile answered without a profile id");
      return { id: answer.Id, name: answer.Name ?? input.name, type: answer.Type ?? input.type };
    },
    createHostedVersion: async (input) => {
      const command = new sdk.CreateHostedConfigurationVersionCommand({
        ApplicationId: input.applicationId, ConfigurationProfileId: input.profileId, Content: input.content,
        ContentType: "application/json", Description: input.description, VersionLabel: input.versionLabel,
      });
      const answer = await call<{ VersionNumber?: number }>("CreateHostedConfigurationVersion", command);
      if (answer.VersionNumber === undefined) throw new DeployError("CreateHostedConfigurationVersion answered without a version number");
      return { versionNumber: answer.VersionNumber };
    },
    startDeployment: async (input) => {
      const command = new sdk.StartDeploymentCommand({
        ApplicationId: input.applicationId, EnvironmentId: input.environmentId, ConfigurationProfileId: input.profileId,
        ConfigurationVersion: String(input.versionNumber), DeploymentStrategyId: input.strategyId, Description: input.description,
      });
      return statusOf("StartDeployment", await call("StartDeployment", command));
    },
    getDeployment: async (ApplicationId, EnvironmentId, DeploymentNumber) =>
      statusOf("GetDeployment", await call("GetDeployment", new sdk.GetDeploymentCommand({ ApplicationId, EnvironmentId, DeploymentNumber }))),
  };
}

function statusOf(operation: string, answer: { DeploymentNumber?: number; State?: string; PercentageComplete?: number }): DeploymentStatus {
  if (answer.DeploymentNumber === undefined || answer.State === undefined) {
    throw new DeployError(`${operation} answered without a deployment number or state`);
  }
  return {
    deploymentNumber: answer.DeploymentNumber,
    state: answer.State,
    ...(answer.PercentageComplete !== undefined ? { percentageComplete: answer.PercentageComplete } : {}),
  };
}

/** `ResourceNotFoundException (HTTP 404): Application x not found`. */
export function describeAwsError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return `${error.name}${status === undefined ? "" : ` (HTTP ${status})`}: ${error.message}`;
}
