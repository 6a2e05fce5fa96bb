import { configureFeatures } from "../generated/features.js";
import type { FlagsWorkspace } from "./flags-workspace.js";
import type { PackagePaths } from "./package-paths.js";
import { isPortClosed } from "./port-check.js";
import { startServe } from "./serve-process.js";

/** Where the demo's handler reads its flags from, and how a deployment reaches it. */
export interface FlagSource {
  /** Lines telling the user how the handler is configured. */
  readonly description: readonly string[];
  /** Seconds the handler may keep answering from the document it already has. */
  readonly cacheAgeSeconds: number;
  /** Where the changed document goes, e.g. "to the served configuration". */
  readonly deployTarget: string;
  /** How a deployment reaches the handler. */
  readonly pickUp: string;
  /** Resolves once the deployment of `version` is live at the source. */
  confirmDeployed(version: number): Promise<void>;
  /** Stops what the source started; says what it stopped. Safe to call twice. */
  stop(): Promise<string | undefined>;
}

const APPLICATION = "demo";
const ENVIRONMENT = "local";
/** Short on purpose, so the change shows within seconds; production would use 30 s or more. */
const CACHE_AGE_SECONDS = 1;
const DEPLOY_TIMEOUT_MS = 10_000;

/**
 * `flagtype serve` seeded from the workspace, and the generated module configured to read it
 * through AppConfigStore (the AppConfig data API) with dummy credentials.
 * @example const source = await servedSource(packagePaths(), workspace);
 */
export async function servedSource(paths: PackagePaths, workspace: FlagsWorkspace): Promise<FlagSource> {
  const server = await startServe({
    bin: paths.bin,
    flagsDir: workspace.dir,
    application: APPLICATION,
    environment: ENVIRONMENT,
    pollIntervalSeconds: CACHE_AGE_SECONDS,
  });
  pointAwsSdkAt(server.dataApiUrl);
  configureFeatures({ store: "appconfig", application: APPLICATION, environment: ENVIRONMENT, maxAge: CACHE_AGE_SECONDS });
  return {
    description: [
      `Started flagtype serve (pid ${server.pid}) with a copy of flags/features.json:`,
      `  AppConfig data API ${server.dataApiUrl}, application "${APPLICATION}", environment "${ENVIRONMENT}", profile "features"`,
      `The handler reads its flags through AppConfigStore: FLAGTYPE_STORE=appconfig, AWS_ENDPOINT_URL_APPCONFIGDATA=${server.dataApiUrl},`,
      `  cache age (maxAge) ${CACHE_AGE_SECONDS} s, poll interval ${CACHE_AGE_SECONDS} s`,
    ],
    cacheAgeSeconds: CACHE_AGE_SECONDS,
    deployTarget: "to the served AppConfig configuration (version 2)",
    pickUp: `the handler picks it up after its cache age (${CACHE_AGE_SECONDS} s)`,
    confirmDeployed: (version) => server.waitForVersion("features", version, DEPLOY_TIMEOUT_MS),
    stop: async () => {
      await server.stop();
      const closed = (await Promise.all([server.dataApiUrl, server.agentUrl].map(isPortClosed))).every(Boolean);
      return `Stopped flagtype serve (pid ${server.pid}); its ports are ${closed ? "closed" : "STILL OPEN"}.`;
    },
  };
}

/**
 * The generated module configured to read the workspace file through FileStore: no server, no cache.
 * @example const source = fileSource(workspace);
 */
export function fileSource(workspace: FlagsWorkspace): FlagSource {
  configureFeatures({ store: `file:${workspace.file}` });
  return {
    description: [`The handler reads its flags through FileStore: FLAGTYPE_STORE=file:${workspace.file}`],
    cacheAgeSeconds: 0,
    deployTarget: "to the flags file",
    pickUp: "FileStore re-reads the file as soon as it changes",
    confirmDeployed: async () => {},
    stop: async () => undefined,
  };
}

/** The SDK client AppConfigStore builds reads these: endpoint, region and (dummy) credentials. */
function pointAwsSdkAt(endpoint: string): void {
  process.env["AWS_ENDPOINT_URL_APPCONFIGDATA"] = endpoint;
  process.env["AWS_REGION"] = "us-east-1";
  process.env["AWS_ACCESS_KEY_ID"] = "local";
  process.env["AWS_SECRET_ACCESS_KEY"] = "local";
  delete process.env["AWS_SESSION_TOKEN"];
  // The demo's output is its table; the SDK's notice about Node.js versions of future SDK releases is not.
  process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] = "true";
  delete process.env["AWS_PROFILE"];
}
