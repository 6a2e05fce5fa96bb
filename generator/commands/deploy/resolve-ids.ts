import { DeployError, type ManagementApi, type ResourceItem, type ResourcePage } from "./management-api.js";

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
  /** The profile's `Type`; `AWS.Freeform` (AppConfig's default) when the List answer has none. */
  readonly profileType: string;
  readonly strategyId: string;
}

/** A target whose profile may not exist yet: `missingProfile` says so, in words, instead of the profile's ids. */
export type TargetLookup =
  | ResolvedTarget
  | (Omit<ResolvedTarget, "profileId" | "profileName" | "profileType"> & { readonly missingProfile: string });

/** The type AppConfig gives a profile created without one. */
export const DEFAULT_PROFILE_TYPE = "AWS.Freeform";

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
 * Predefined strategies (`AppConfig.*`) are their own ids and need no call. Throws `DeployError`
 * for anything missing or ambiguous.
 * @example await resolveTarget(api, { application: "shop", environment: "prod", profile: "features", strategy: "AppConfig.AllAtOnce" })
 */
export async function resolveTarget(api: ManagementApi, names: TargetNames): Promise<ResolvedTarget> {
  const target = await lookUpTarget(api, names);
  if ("missingProfile" in target) throw new DeployError(target.missingProfile);
  return target;
}

/**
 * Like {@link resolveTarget}, but a profile that does not exist is answered as `missingProfile`
 * (after the application, environment and strategy were found), so the caller may create it.
 * @example const target = await lookUpTarget(api, names); if ("missingProfile" in target) …
 */
export async function lookUpTarget(api: ManagementApi, names: TargetNames): Promise<TargetLookup> {
  const applicationId = await resolveId({ noun: "application" }, names.application, (token) => api.listApplications(token));
  const owned = (noun: string): ResourceKind => ({ noun, of: names.application });
  const environmentId = await resolveId(owned("environment"), names.environment, (token) => api.listEnvironments(applicationId, token));
  const profile = await lookUp(owned("configuration profile"), names.profile, (token) => api.listConfigurationProfiles(applicationId, token));
  const strategyId = names.strategy.startsWith("AppConfig.")
    ? names.strategy
    : await resolveId({ noun: "deployment strategy" }, names.strategy, (token) => api.listDeploymentStrategies(token));
  if ("notFound" in profile) return { applicationId, environmentId, strategyId, missingProfile: profile.notFound };
  const { found } = profile;
  return {
    applicationId, environmentId, strategyId,
    profileId: found.id, profileName: found.name ?? names.profile, profileType: found.type ?? DEFAULT_PROFILE_TYPE,
  };
}

/**
 * The id of the resource whose id or name is `given`: an id match wins; a name must be unique.
 * @example await resolveId({ noun: "application" }, "shop", (token) => api.listApplications(token)) // "abc1234"
 */
export async function resolveId(kind: ResourceKind, given: string, listPage: (nextToken: string | undefined) => Promise<ResourcePage>): Promise<string> {
  const result = await lookUp(kind, given, listPage);
  if ("notFound" in result) throw new DeployError(result.notFound);
  return result.found.id;
}

type FoundResource = ResourceItem & { readonly id: string };

/** The resource `given` names or identifies, or why there is none; an ambiguous name throws. */
async function lookUp(
  kind: ResourceKind,
  given: string,
  listPage: (nextToken: string | undefined) => Promise<ResourcePage>,
): Promise<{ found: FoundResource } | { notFound: string }> {
  const items = await listAll(kind, listPage);
  const byId = items.find((item): item is FoundResource => item.id === given);
  if (byId) return { found: byId };
  const named = items.filter((item): item is FoundResource => item.name === given && item.id !== undefined);
  const [only] = named;
  if (only && named.length === 1) return { found: only };
  if (named.length > 1) {
    throw new DeployError(`${named.length} ${describeKind(kind, "plural")} are named ${JSON.stringify(given)} (${named.map((item) => item.id).join(", ")}): pass the id instead`);
  }
  const known = items.flatMap((item) => (item.name === undefined ? [] : [JSON.stringify(item.name)]));
  const shown = known.length === 0 ? "there is none" : `known: ${known.slice(0, NAMES_SHOWN).join(", ")}${known.length > NAMES_SHOWN ? ", …" : ""}`;
  return { notFound: `no ${describeKind(kind, "singular")} has the name or id ${JSON.stringify(given)} (${shown})` };
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
