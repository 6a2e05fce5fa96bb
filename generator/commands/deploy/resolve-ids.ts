import { DeployError, type ManagementApi, type ResourcePage } from "./management-api.js";

/** Stops a List loop that a misbehaving service would never end. */
const MAX_PAGES = 200;
const NAMES_SHOWN = 10;

/** Ids for the names or ids given on the command line. */
export interface ResolvedTarget {
  readonly applicationId: string;
  readonly environmentId: string;
  readonly profileId: string;
  /** The resolved profile's name (what `--profile` named, or the name of the profile it gave the id of). */
  readonly profileName: string;
  readonly strategyId: string;
}

/** What kind of resource a List call returns, and whose (`configuration profile` of `shop`), for messages. */
export interface ResourceKind {
  readonly noun: string;
  readonly of?: string;
}

export interface TargetNames {
  readonly application: string;
  readonly environment: string;
  readonly profile: string;
  readonly strategy: string;
}

/**
 * Turns names (or ids) into the ids the management API needs, with one paginated List call each.
 * Predefined strategies (`AppConfig.*`) are their own ids and need no call.
 * @example await resolveTarget(api, { application: "shop", environment: "prod", profile: "features", strategy: "AppConfig.AllAtOnce" })
 */
export async function resolveTarget(api: ManagementApi, names: TargetNames): Promise<ResolvedTarget> {
  const applicationId = await resolveId({ noun: "application" }, names.application, (token) => api.listApplications(token));
  const owned = (noun: string): ResourceKind => ({ noun, of: names.application });
  const environmentId = await resolveId(owned("environment"), names.environment, (token) => api.listEnvironments(applicationId, token));
  const profile = await resolveResource(owned("configuration profile"), names.profile, (token) => api.listConfigurationProfiles(applicationId, token));
  const strategyId = names.strategy.startsWith("AppConfig.")
    ? names.strategy
    : await resolveId({ noun: "deployment strategy" }, names.strategy, (token) => api.listDeploymentStrategies(token));
  return { applicationId, environmentId, profileId: profile.id, profileName: profile.name ?? names.profile, strategyId };
}

/**
 * The id of the resource whose id or name is `given`: an id match wins; a name must be unique.
 * @example await resolveId({ noun: "application" }, "shop", (token) => api.listApplications(token)) // "abc1234"
 */
export async function resolveId(kind: ResourceKind, given: string, listPage: (nextToken: string | undefined) => Promise<ResourcePage>): Promise<string> {
  return (await resolveResource(kind, given, listPage)).id;
}

/** Like {@link resolveId}, with the resource's name. */
async function resolveResource(
  kind: ResourceKind,
  given: string,
  listPage: (nextToken: string | undefined) => Promise<ResourcePage>,
): Promise<{ id: string; name?: string }> {
  const items = await listAll(kind, listPage);
  const byId = items.find((item) => item.id === given);
  if (byId?.id !== undefined) return { id: byId.id, ...(byId.name !== undefined ? { name: byId.name } : {}) };
  const named = items.filter((item) => item.name === given && item.id !== undefined);
  const [only] = named;
  if (only?.id !== undefined && named.length === 1) return { id: only.id, name: given };
  if (named.length > 1) {
    throw new DeployError(`${named.length} ${describeKind(kind, "plural")} are named ${JSON.stringify(given)} (${named.map((item) => item.id).join(", ")}): pass the id instead`);
  }
  const known = items.flatMap((item) => (item.name === undefined ? [] : [JSON.stringify(item.name)]));
  const shown = known.length === 0 ? "there is none" : `known: ${known.slice(0, NAMES_SHOWN).join(", ")}${known.length > NAMES_SHOWN ? ", …" : ""}`;
  throw new DeployError(`no ${describeKind(kind, "singular")} has the name or id ${JSON.stringify(given)} (${shown})`);
}

/** `configuration profile of shop`, `configuration profiles of shop`, `deployment strategies`. */
function describeKind(kind: ResourceKind, number: "singular" | "plural"): string {
  const noun = number === "singular" ? kind.noun : kind.noun.endsWith("y") ? `${kind.noun.slice(0, -1)}ies` : `${kind.noun}s`;
  return kind.of === undefined ? noun : `${noun} of ${kind.of}`;
}

async function listAll(kind: ResourceKind, listPage: (nextToken: string | undefined) => Promise<ResourcePage>): Promise<ResourcePage["items"]> {
  const items: ResourcePage["items"][number][] = [];
  let token: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await listPage(token);
    items.push(...page.items);
    if (page.nextToken === undefined) return items;
    token = page.nextToken;
  }
  throw new DeployError(`listing ${describeKind(kind, "plural")} did not end after ${MAX_PAGES} pages`);
}
