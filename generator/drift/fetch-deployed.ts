import { AppConfigStore } from "../../runtime/stores/appconfig-store.js";

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

/**
 * The document AppConfig currently serves, read through the runtime's {@link AppConfigStore}
 * (data API, the same path Lambda functions take) and pretty-printed for the checks.
 * Resolves with an error message instead when it cannot be fetched.
 * @example await fetchDeployedDocument({ application: "shop", environment: "prod", profile: "features" })
 */
export async function fetchDeployedDocument(target: DeployedTarget): Promise<{ text: string } | { error: string }> {
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
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    client.destroy();
  }
}
