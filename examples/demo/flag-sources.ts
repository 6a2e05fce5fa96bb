import { configureFeatures as configureCheckout } from "../generated/checkout.js";
import { configureFeatures } from "../generated/features.js";
import type { FlagsWorkspace } from "./flags-workspace.js";
import type { ExampleProfile, PackagePaths } from "./package-paths.js";
import { isPortClosed } from "./port-check.js";
import { startServe } from "./serve-process.js";

/** Where the demo's handler reads its flags from, and how a deployment reaches it. */
export interface FlagSource {
  /** Lines telling the user how the handler is configured. */
  readonly description: readonly string[];
  /** Seconds the handler may keep answering `features` from the document it already has. */
  readonly cacheAgeSeconds: number;
  /**
   * Whether the AppConfig agent evaluates `checkout_banner`'s variants for each caller. Without it
   * (FileStore) every caller gets the default variant and a changed variant rule changes nothing.
   */
  readonly evaluatesVariants: boolean;
  /** Where the changed documents go, e.g. "to the served AppConfig configurations". */
  readonly deployTarget: string;
  /** How a deployment reaches the handler. */
  readonly pickUp: string;
  /** Resolves once the deployment of `version` of `profile` is live at the source. */
  confirmDeployed(profile: ExampleProfile, version: number): Promise<void>;
  /** Stops what the source started; says what it stopped. Safe to call twice. */
  stop(): Promise<string | undefined>;
}

const APPLICATION = "demo";
const ENVIRONMENT = "local";
/** Short on purpose, so the change shows within seconds; production would use 30 s or more. */
const CACHE_AGE_SECONDS = 1;
const DEPLOY_TIMEOUT_MS = 10_000;

/**
 * `flagtype serve` seeded from the workspace; the `features` module configured to read it through
 * AppConfigStore (the AppConfig data API) with dummy credentials, the `checkout` module (a native
 * profile with a multi-variant flag) through AppConfigAgentStore on serve's agent paths.
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
  const agentPort = Number(new URL(server.agentUrl).port);
  pointAwsSdkAt(server.dataApiUrl);
  configureFeatures({ store: "appconfig", application: APPLICATION, environment: ENVIRONMENT, maxAge: CACHE_AGE_SECONDS });
  configureCheckout({ store: "agent", application: APPLICATION, environment: ENVIRONMENT, port: agentPort, maxAge: CACHE_AGE_SECONDS });
  return {
    description: [
      `Started flagtype serve (pid ${server.pid}) with copies of flags/features.json and flags/checkout.json,`,
      `  application "${APPLICATION}", environment "${ENVIRONMENT}", poll interval ${CACHE_AGE_SECONDS} s:`,
      `  AppConfig data API ${server.dataApiUrl}   AppConfig agent ${server.agentUrl}`,
      `The features module reads profile "features" through AppConfigStore (the data API, dummy credentials):`,
      `  configureFeatures({ store: "appconfig", maxAge: ${CACHE_AGE_SECONDS} }), AWS_ENDPOINT_URL_APPCONFIGDATA=${server.dataApiUrl}`,
      `The checkout module reads profile "checkout" (AWS.AppConfig.FeatureFlags) through AppConfigAgentStore:`,
      `  configureFeatures({ store: "agent", port: ${agentPort}, maxAge: ${CACHE_AGE_SECONDS} }); the agent picks checkout_banner's`,
      "  variant for each request from its Context headers (tier, country)",
    ],
    cacheAgeSeconds: CACHE_AGE_SECONDS,
    evaluatesVariants: true,
    deployTarget: "to the served AppConfig configurations (version 2 of each)",
    pickUp:
      `the handler picks up "features" after its cache age (${CACHE_AGE_SECONDS} s); the agent\n` +
      "  evaluates the new variant rule from the next request (in Lambda: after the extension's next poll)",
    confirmDeployed: (profile, version) => server.waitForVersion(profile, version, DEPLOY_TIMEOUT_MS),
    stop: async () => {
      await server.stop();
      const closed = (await Promise.all([server.dataApiUrl, server.agentUrl].map(isPortClosed))).every(Boolean);
      return `Stopped flagtype serve (pid ${server.pid}); its ports are ${closed ? "closed" : "STILL OPEN"}.`;
    },
  };
}

/**
 * Both generated modules configured to read the workspace files through FileStore: no server, no
 * cache, and no agent, so the native profile answers its default variants.
 * @example const source = fileSource(workspace);
 */
export function fileSource(workspace: FlagsWorkspace): FlagSource {
  configureFeatures({ store: `file:${workspace.files.features}` });
  configureCheckout({ store: `file:${workspace.files.checkout}` });
  return {
    description: [
      "Both modules read their flags through FileStore, with no server:",
      `  features: configureFeatures({ store: "file:${workspace.files.features}" })`,
      `  checkout: configureFeatures({ store: "file:${workspace.files.checkout}" })`,
      "FileStore has no AppConfig agent to evaluate variants: checkout_banner answers its default variant to",
      "  every caller (run the demo without --store file to see the agent choose variants).",
    ],
    cacheAgeSeconds: 0,
    evaluatesVariants: false,
    deployTarget: "to the flags files",
    pickUp: "FileStore re-reads the files as soon as they change;\n  the variant rule changes nothing without the agent",
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
