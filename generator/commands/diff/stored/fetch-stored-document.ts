import { findFirst, findListed } from "./find-listed.js";
import { connectStoredVersionApi, type StoredVersionConnection } from "./sdk-stored-version-api.js";
import { StoredReadError, type DeploymentSummary, type StoredVersionApi } from "./stored-version-api.js";

/** Which profile's deployed stored document to read, and where the management API is. */
export interface StoredTarget extends StoredVersionConnection {
  readonly application: string;
  readonly environment: string;
  readonly profile: string;
}

/** What reading gave: the document (pretty-printed when it is JSON) and where it came from, "nothing deployed", or why it failed. */
export type StoredDocument =
  | { readonly text: string; readonly profileType: string; readonly versionNumber: number; readonly deploymentNumber: number }
  | { readonly notDeployed: string }
  | { readonly error: string };

/** Deployments that no longer serve their version: the environment went back to the one before. */
const UNDONE_STATES: ReadonlySet<string> = new Set(["ROLLING_BACK", "ROLLED_BACK", "REVERTED"]);

/**
 * The stored document the environment's latest deployment of `profile` deployed, read through the
 * management API: ListApplications / ListEnvironments / ListConfigurationProfiles find the ids and
 * the profile's type, ListDeployments (newest first) the latest deployment of the profile that was
 * not rolled back or reverted (one still rolling out counts: it is what the environment moves to),
 * and GetHostedConfigurationVersion its content. A profile that does not exist or has no such
 * deployment is `notDeployed`; a missing application or environment, a profile that is not hosted
 * and any failed call are errors.
 * @example await fetchStoredDocument({ application: "shop", environment: "prod", profile: "checkout" })
 */
export async function fetchStoredDocument(
  target: StoredTarget,
  connect: (connection: StoredVersionConnection) => Promise<{ api: StoredVersionApi; close: () => void }> = connectStoredVersionApi,
): Promise<StoredDocument> {
  let connection: { api: StoredVersionApi; close: () => void } | undefined;
  try {
    connection = await connect(target);
    return await readStored(connection.api, target);
  } catch (error) {
    if (error instanceof StoredReadError) return { error: `AppConfig ${target.application}/${target.environment}/${target.profile}: ${error.message}` };
    throw error;
  } finally {
    connection?.close();
  }
}

async function readStored(api: StoredVersionApi, target: StoredTarget): Promise<StoredDocument> {
  const application = await findListed("application", target.application, (token) => api.listApplications(token));
  if (!application) throw new StoredReadError(`no application has the name or id ${JSON.stringify(target.application)}`);
  const environment = await findListed("environment", target.environment, (token) => api.listEnvironments(application.id, token));
  if (!environment) throw new StoredReadError(`no environment of ${target.application} has the name or id ${JSON.stringify(target.environment)}`);
  const profile = await findListed("configuration profile", target.profile, (token) => api.listConfigurationProfiles(application.id, token));
  if (!profile) return { notDeployed: `no configuration profile of ${target.application} is named ${JSON.stringify(target.profile)}` };
  if (profile.locationUri !== undefined && profile.locationUri !== "hosted") {
    throw new StoredReadError(`the profile's configuration is stored at ${profile.locationUri}, not hosted by AppConfig: flagtype diff reads hosted versions only`);
  }
  const isThisProfile = (deployment: DeploymentSummary): boolean =>
    deployment.profileId !== undefined ? deployment.profileId === profile.id : deployment.profileName === profile.name;
  const deployment = await findFirst(
    "deployment",
    (token) => api.listDeployments(application.id, environment.id, token),
    (item) => isThisProfile(item) && !UNDONE_STATES.has(item.state ?? ""),
  );
  if (!deployment) return { notDeployed: `${target.profile} has no deployment in ${target.environment}` };
  const versionNumber = Number(deployment.configurationVersion);
  if (!Number.isInteger(versionNumber) || versionNumber < 1) {
    throw new StoredReadError(`deployment ${deployment.deploymentNumber ?? "?"} deployed configuration version ${JSON.stringify(deployment.configurationVersion ?? "")}, not a hosted version number`);
  }
  const content = await api.getHostedVersion(application.id, profile.id, versionNumber);
  return { text: documentText(content), profileType: profile.type ?? "AWS.Freeform", versionNumber, deploymentNumber: deployment.deploymentNumber ?? 0 };
}

/**
 * The content as text for the checks: JSON pretty-printed with two spaces (as `diff` shows any
 * document read from AppConfig), anything else as it is, so the checks say what is wrong with it.
 */
function documentText(content: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    throw new StoredReadError("the hosted version is not UTF-8 text");
  }
  try {
    return `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
  } catch {
    return text;
  }
}
