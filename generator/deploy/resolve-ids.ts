import { DeployError, type ManagementApi, type ResourcePage } from "./management-api.js";

/** Stops a List loop that a misbehaving service would never end. */
const MAX_PAGES = 200;
const NAMES_SHOWN = 10;

/** Ids for the names or ids given on the command line. */
export interface ResolvedTarget {
  readonly applicationId: string;
  readonly environmentId: string;
  readonly profileId: string;
  readonly strategyId: string;
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
  const applicationId = await resolveId("application", names.application, (token) => api.listApplications(token));
  const environmentId = await resolveId(`environment of ${names.application}`, names.environment, (token) => api.listEnvironments(applicationId, token));
  const profileId = await resolveId(`configuration profile of ${names.application}`, names.profile, (token) =>
    api.listConfigurationProfiles(applicationId, token),
  );
  const strategyId = names.strategy.startsWith("AppConfig.")
    ? names.strategy
    : await resolveId("deployment strategy", names.strategy, (token) => api.listDeploymentStrategies(token));
  return { applicationId, environmentId, profileId, strategyId };
}

/**
 * The id of the resource whose id or name is `given`: an id match wins; a name must be unique.
 * @example await resolveId("application", "shop", (token) => api.listApplications(token)) // "abc1234"
 */
export async function resolveId(kind: string, given: string, listPage: (nextToken: string | undefined) => Promise<ResourcePage>): Promise<string> {
  const items = await listAll(kind, listPage);
  const byId = items.find((item) => item.id === given);
  if (byId?.id !== undefined) return byId.id;
  const named = items.filter((item) => item.name === given && item.id !== undefined);
  const [only] = named;
  if (only?.id !== undefined && named.length === 1) return only.id;
  if (named.length > 1) {
    throw new DeployError(`${named.length} ${kind}s are named ${JSON.stringify(given)} (${named.map((item) => item.id).join(", ")}): pass the id instead`);
  }
  const known = items.flatMap((item) => (item.name === undefined ? [] : [JSON.stringify(item.name)]));
  const shown = known.length === 0 ? "there is none" : `known: ${known.slice(0, NAMES_SHOWN).join(", ")}${known.length > NAMES_SHOWN ? ", …" : ""}`;
  throw new DeployError(`no ${kind} has the name or id ${JSON.stringify(given)} (${shown})`);
}

async function listAll(kind: string, listPage: (nextToken: string | undefined) => Promise<ResourcePage>): Promise<ResourcePage["items"]> {
  const items: ResourcePage["items"][number][] = [];
  let token: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await listPage(token);
    items.push(...page.items);
    if (page.nextToken === undefined) return items;
    token = page.nextToken;
  }
  throw new DeployError(`listing ${kind}s did not end after ${MAX_PAGES} pages`);
}
