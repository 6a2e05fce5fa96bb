/** What a started `flagtype serve` tells its user. */
export interface ServeEndpoints {
  readonly flagsDisplay: string;
  readonly application: string;
  readonly environment: string;
  readonly pollIntervalSeconds: number;
  /** Base URL of the AppConfig data API server. */
  readonly dataApiUrl: string;
  /** Base URL of the AppConfig agent server (its port is what `AppConfigAgentStore` needs). */
  readonly agentUrl: string;
  readonly agentPort: number;
}

/**
 * The endpoints and the environment variables that point a generated module (or a store) at them.
 * @example serveBanner({ flagsDisplay: "flags", application: "local", environment: "local", pollIntervalSeconds: 5,
 *   dataApiUrl: "http://127.0.0.1:2773", agentUrl: "http://127.0.0.1:2772", agentPort: 2772 })
 */
export function serveBanner(endpoints: ServeEndpoints): string {
  const { application, environment, dataApiUrl, agentUrl, agentPort } = endpoints;
  const identity = `FLAGTYPE_APPCONFIG_APPLICATION=${shellWord(application)} FLAGTYPE_APPCONFIG_ENVIRONMENT=${shellWord(environment)}`;
  return [
    `flagtype serve: ${endpoints.flagsDisplay} on 127.0.0.1, application "${application}", environment "${environment}", poll interval ${endpoints.pollIntervalSeconds} s`,
    `  AppConfig data API  ${dataApiUrl}`,
    `  AppConfig agent     ${agentUrl}`,
    "Point a generated module (or AppConfigStore) at the data API:",
    `  FLAGTYPE_STORE=appconfig ${identity}`,
    `  AWS_ENDPOINT_URL_APPCONFIGDATA=${dataApiUrl} AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local`,
    "or at the agent paths (AppConfigAgentStore):",
    `  FLAGTYPE_STORE=agent ${identity} AWS_APPCONFIG_EXTENSION_HTTP_PORT=${agentPort}`,
  ].join("\n");
}

/** A value as one POSIX shell word: plain when safe, else single-quoted. */
export function shellWord(value: string): string {
  return /^[\w.,:/@%+=-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
