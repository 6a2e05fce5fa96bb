import { AppConfigStore } from "@flagtype/runtime";

/** Which deployed configuration to read, and where the data API is. */
export interface DeployedTarget {
  readonly application: string;
  readonly environment: string;
  readonly profile: string;
  readonly region?: string;
  readonly endpoint?: string;
}

type AppConfigDataSdk = typeof import("@aws-sdk/client-appconfigdata");

/** How the deployed document is named in messages, e.g. `appconfig://shop/prod/features`. */
export function deployedLabel(target: DeployedTarget): string {
  return `appconfig://${target.application}/${target.environment}/${target.profile}`;
}

/** What reading the deployed document gave: its text, "nothing deployed under this profile", or why it failed. */
export type DeployedDocument = { readonly text: string } | { readonly notDeployed: string } | { readonly error: string };

/**
 * The document AppConfig currently serves, read through the runtime's {@link AppConfigStore}
 * (data API, the same path Lambda functions take) and pretty-printed for the checks.
 * Resolves with `notDeployed` when AppConfig has no such profile or no deployment of it in the
 * environment, and with an error message when it cannot be fetched otherwise.
 * @example await fetchDeployedDocument({ application: "shop", environment: "prod", profile: "features" })
 */
export async function fetchDeployedDocument(target: DeployedTarget): Promise<DeployedDocument> {
  let sdk: AppConfigDataSdk;
  try {
    sdk = await import("@aws-sdk/client-appconfigdata");
  } catch {
    return { error: "diff against AppConfig needs @aws-sdk/client-appconfigdata, an optional peer dependency that is not installed: npm install --save-dev @aws-sdk/client-appconfigdata" };
  }
  const client = new sdk.AppConfigDataClient({
    maxAttempts: 1,
    ...(target.region !== undefined ? { region: target.region } : {}),
    ...(target.endpoint !== undefined ? { endpoint: target.endpoint } : {}),
  });
  // A one-off read from CI may meet a cold network: more patient than the Lambda defaults (2 s per call, 5 s in all).
  const store = new AppConfigStore({
    application: target.application, environment: target.environment, profile: target.profile, client, timeoutMs: 10_000, deadlineMs: 30_000,
  });
  try {
    return { text: `${JSON.stringify(await store.getConfiguration(), null, 2)}\n` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return isMissingProfile(error) ? { notDeployed: message } : { error: message };
  } finally {
    client.destroy();
  }
}

/** Missing resource types that mean a wrong `--application` / `--environment` rather than a profile not deployed yet. */
const WRONG_TARGET = new Set(["Application", "Environment"]);

/**
 * Whether the data API answered `ResourceNotFoundException` for the profile or its deployment.
 * The SDK error sits somewhere down the store error's `cause` chain; its `ResourceType` tells a
 * missing profile from a missing application or environment.
 */
function isMissingProfile(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 8; current = current.cause, depth += 1) {
    if (current.name !== "ResourceNotFoundException") continue;
    const resourceType = (current as { ResourceType?: unknown }).ResourceType;
    return typeof resourceType !== "string" || !WRONG_TARGET.has(resourceType);
  }
  return false;
}
