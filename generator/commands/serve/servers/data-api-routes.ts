import { badRequest, resourceNotFound } from "./aws-error-reply.js";
import type { ConfigurationRegistry } from "./configuration-registry.js";
import { jsonReply, type Reply, type SubstituteBody } from "./http-reply.js";
import type { TokenBook } from "./session-tokens.js";

/** What the AppConfig data API routes read and change. */
export interface DataApiState {
  readonly registry: ConfigurationRegistry;
  readonly tokens: TokenBook;
  readonly now: () => number;
  /** `Next-Poll-Interval-In-Seconds` for sessions without a required minimum. */
  readonly defaultPollIntervalSeconds: number;
}

const IDENTIFIERS = ["ApplicationIdentifier", "EnvironmentIdentifier", "ConfigurationProfileIdentifier"] as const;
const MIN_POLL_SECONDS = 15;
const MAX_POLL_SECONDS = 86_400;

/** `POST /configurationsessions`: 201 with an initial token, 400 for bad input, 404 for unknown resources. */
export function startConfigurationSession(state: DataApiState, requestBody: string): Reply {
  const input = parseObject(requestBody);
  if (!input) return badRequest("Request body must be a JSON object");
  const ids: string[] = [];
  for (const name of IDENTIFIERS) {
    const value = Object.hasOwn(input, name) ? input[name] : undefined;
    if (typeof value !== "string" || value.length < 1 || value.length > 128) {
      return badRequest(`${name} must be a string of 1 to 128 characters`, name);
    }
    ids.push(value);
  }
  const [application = "", environment = "", profile = ""] = ids;
  const minimum = Object.hasOwn(input, "RequiredMinimumPollIntervalInSeconds")
    ? input["RequiredMinimumPollIntervalInSeconds"]
    : undefined;
  if (minimum !== undefined && !isPollInterval(minimum)) {
    return badRequest(
      `RequiredMinimumPollIntervalInSeconds must be an integer from ${MIN_POLL_SECONDS} to ${MAX_POLL_SECONDS}`,
      "RequiredMinimumPollIntervalInSeconds",
    );
  }
  const lookup = state.registry.lookup(application, environment, profile);
  if ("missing" in lookup) {
    const name = { Application: application, Environment: environment, ConfigurationProfile: profile }[lookup.missing];
    return resourceNotFound(lookup.missing, name);
  }
  const grant = { configurationKey: lookup.key, seenVersion: undefined, requiredMinimumSeconds: minimum };
  return jsonReply(201, { InitialConfigurationToken: state.tokens.issue(grant, state.now()) });
}

/**
 * `GET /configuration?configuration_token=…`: the body when the holder lacks the
 * current version, an empty body otherwise, and always a fresh single-use token.
 * A `substitute` body (from a test hook) is served in place of the configuration and not
 * counted as seen, so the next poll delivers the real version again.
 */
export function getLatestConfiguration(state: DataApiState, token: string | null, substitute?: SubstituteBody): Reply {
  if (!token) return badRequest("ConfigurationToken is required", "ConfigurationToken");
  const redemption = state.tokens.redeem(token);
  if ("problem" in redemption) {
    return badRequest(`ConfigurationToken is not valid: ${redemption.problem}`, "ConfigurationToken", redemption.problem);
  }
  const { grant } = redemption;
  const current = state.registry.current(grant.configurationKey);
  if (!current) return resourceNotFound("Configuration", grant.configurationKey);
  const changed = substitute !== undefined || grant.seenVersion !== current.version;
  const interval = grant.requiredMinimumSeconds ?? state.defaultPollIntervalSeconds;
  const nextToken = state.tokens.issue(
    { ...grant, seenVersion: substitute ? undefined : current.version },
    state.now() + interval * 1000,
  );
  const body = substitute ? substitute.body : changed ? current.body : new Uint8Array(0);
  const headers = {
    "next-poll-configuration-token": nextToken,
    "next-poll-interval-in-seconds": String(interval),
    "content-type": substitute?.contentType ?? current.contentType,
    "version-label": changed && !substitute ? current.versionLabel : "",
  };
  return { status: 200, headers, body };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isPollInterval(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= MIN_POLL_SECONDS && value <= MAX_POLL_SECONDS;
}
