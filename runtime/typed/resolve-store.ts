import type { OnceLogger } from "../safe-logger.js";
import { ConfigurationError } from "../errors.js";
import { AppConfigAgentStore } from "../stores/appconfig-agent-store.js";
import { AppConfigStore } from "../stores/appconfig-store.js";
import { FileStore } from "../stores/file-store.js";
import type { Clock, ConfigurationStore, Logger } from "../types.js";

/** Where a generated module's flags come from; every field falls back to an environment variable. */
export interface ConfigureOptions {
  /** AppConfig application. Default: `FLAGTYPE_APPCONFIG_APPLICATION`. */
  readonly application?: string;
  /** AppConfig environment. Default: `FLAGTYPE_APPCONFIG_ENVIRONMENT`. */
  readonly environment?: string;
  /** AppConfig configuration profile. Default: `FLAGTYPE_APPCONFIG_PROFILE`, else the flags file's name. */
  readonly profile?: string;
  /**
   * A store object, or `"appconfig"` (data API), `"agent"` (AppConfig agent / Lambda extension),
   * `"file:<path>"`. Default: `FLAGTYPE_STORE`, else `"appconfig"` when application and environment are known.
   */
  readonly store?: ConfigurationStore | "appconfig" | "agent" | `file:${string}`;
  /** Seconds a fetched document is reused (AppConfig stores). Default: `FLAGTYPE_MAX_AGE`, else the store's (5). */
  readonly maxAge?: number;
  /** JMESPath selecting the features inside a larger configuration (AppConfig stores). */
  readonly envelope?: string;
  /** Agent port. Default: the agent store's. */
  readonly port?: number;
  /** Receives fallback warnings. Default: `console`. */
  readonly logger?: Logger;
  /** Source of "now" for schedule actions. Default: `() => new Date()`. */
  readonly clock?: Clock;
  /**
   * Throw store and validation errors instead of falling back; a missing or invalid store
   * configuration then rejects every accessor with a {@link ConfigurationError}. Default: `false`
   * (the build-time document answers and the problem is logged once at error level).
   */
  readonly strict?: boolean;
}

/** The store a configuration names, or why there is none (then the build-time document is used, or strict mode rejects). */
export type StoreChoice = { readonly store: ConfigurationStore } | { readonly problem: ConfigurationError };

const STORE_KINDS = ['"appconfig"', '"agent"', '"file:<path>"'] as const;
const STORE_KIND_LIST = `${STORE_KINDS[0]}, ${STORE_KINDS[1]} or ${STORE_KINDS[2]}`;

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Resolves options and environment variables into a store.
 * @example resolveStore({ store: "file:flags/features.json" }, "features", {})
 */
export function resolveStore(options: ConfigureOptions, defaultProfile: string, env: Environment): StoreChoice {
  if (typeof options.store === "object") return { store: options.store };
  const application = options.application ?? env["FLAGTYPE_APPCONFIG_APPLICATION"];
  const environment = options.environment ?? env["FLAGTYPE_APPCONFIG_ENVIRONMENT"];
  const profile = options.profile ?? env["FLAGTYPE_APPCONFIG_PROFILE"] ?? defaultProfile;
  const storeSetting = options.store !== undefined ? "the store option" : "FLAGTYPE_STORE";
  const kind = options.store ?? env["FLAGTYPE_STORE"] ?? (application && environment ? "appconfig" : undefined);
  if (kind === undefined) {
    return problem("FLAGTYPE_STORE", STORE_KINDS, `no store configured: set FLAGTYPE_STORE to ${STORE_KIND_LIST} (or FLAGTYPE_APPCONFIG_APPLICATION and FLAGTYPE_APPCONFIG_ENVIRONMENT for "appconfig"), or pass a store to configureFeatures`);
  }
  if (kind.startsWith("file:") && kind.length > "file:".length) return { store: new FileStore(kind.slice("file:".length)) };
  if (kind !== "appconfig" && kind !== "agent") {
    return problem(storeSetting, STORE_KINDS, `${storeSetting} is ${JSON.stringify(kind)}, an unknown store; expected ${STORE_KIND_LIST}`);
  }
  if (!application || !environment) {
    const missing = [application ? "" : "FLAGTYPE_APPCONFIG_APPLICATION", environment ? "" : "FLAGTYPE_APPCONFIG_ENVIRONMENT"].filter(Boolean);
    const message = `store "${kind}" needs ${missing.join(" and ")} (or the application and environment options): an AppConfig name or id`;
    return problem(missing[0] ?? "FLAGTYPE_APPCONFIG_APPLICATION", ["an AppConfig name or id"], message);
  }
  const maxAge = options.maxAge ?? secondsFrom(env["FLAGTYPE_MAX_AGE"]);
  if (Number.isNaN(maxAge)) {
    return problem("FLAGTYPE_MAX_AGE", ["a number of seconds >= 0"], `FLAGTYPE_MAX_AGE is ${JSON.stringify(env["FLAGTYPE_MAX_AGE"])}; expected a number of seconds >= 0`);
  }
  const shared = {
    application,
    environment,
    profile,
    ...(maxAge !== undefined ? { maxAge } : {}),
    ...(options.envelope !== undefined ? { envelope: options.envelope } : {}),
  };
  if (kind === "appconfig") return { store: new AppConfigStore(shared) };
  return { store: new AppConfigAgentStore({ ...shared, ...(options.port !== undefined ? { port: options.port } : {}) }) };
}

function problem(variable: string, validValues: readonly string[], message: string): StoreChoice {
  return { problem: new ConfigurationError(variable, validValues, `flagtype: ${message}`) };
}

/** A variable's seconds: undefined when unset or blank, NaN when it is not a number >= 0. */
function secondsFrom(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const seconds = Number(text);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : Number.NaN;
}

/** `process.env` where there is one (Node, Lambda); an empty environment elsewhere. */
export function processEnvironment(): Environment {
  return (globalThis as { process?: { env?: Environment } }).process?.env ?? {};
}

/** The store a module uses, or, in strict mode, the misconfiguration every accessor rejects with. */
export interface StoreDecision {
  readonly store?: ConfigurationStore;
  readonly misconfigured?: ConfigurationError;
}

/**
 * {@link resolveStore} for a generated module: without a usable store configuration the build-time
 * document answers and the problem is logged once at error level, or, with `strict`, returned for
 * every accessor to reject with.
 * @example const { store, misconfigured } = chooseStore(options, "features", log);
 */
export function chooseStore(options: ConfigureOptions, profile: string, log: OnceLogger): StoreDecision {
  const choice = resolveStore(options, profile, processEnvironment());
  if ("store" in choice) return { store: choice.store };
  const { problem } = choice;
  if (options.strict) return { misconfigured: problem };
  log.errorOnce("misconfigured", `${problem.message} (profile "${profile}"); using build-time defaults`, { variable: problem.variable, validValues: problem.validValues });
  return {};
}
