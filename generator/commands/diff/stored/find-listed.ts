import { StoredReadError, type ListedResource, type Page } from "./stored-version-api.js";

/** Stops a List loop that a misbehaving service would never end. */
const MAX_PAGES = 200;

type ListPage<T> = (nextToken: string | undefined) => Promise<Page<T>>;

/**
 * The resource whose id or name is `given` (an id match wins; a name must be unique), or undefined
 * when there is none; `what` names the kind in messages (`configuration profile`).
 * @example await findListed("application", "shop", (token) => api.listApplications(token))
 */
export async function findListed(what: string, given: string, listPage: ListPage<ListedResource>): Promise<(ListedResource & { readonly id: string }) | undefined> {
  const items: ListedResource[] = [];
  await eachPage(what, listPage, (page) => void items.push(...page));
  const withId = items.filter((item): item is ListedResource & { readonly id: string } => item.id !== undefined);
  const byId = withId.find((item) => item.id === given);
  if (byId) return byId;
  const named = withId.filter((item) => item.name === given);
  if (named.length > 1) throw new StoredReadError(`${named.length} ${what}s are named ${JSON.stringify(given)} (${named.map((item) => item.id).join(", ")})`);
  return named[0];
}

/**
 * The first item, in listing order, that `matches`, reading only as many pages as needed.
 * @example await findFirst("deployment", (token) => api.listDeployments(app, env, token), (item) => item.profileId === id)
 */
export async function findFirst<T>(what: string, listPage: ListPage<T>, matches: (item: T) => boolean): Promise<T | undefined> {
  let found: T | undefined;
  await eachPage(what, listPage, (page) => {
    found = page.find(matches);
    return found !== undefined;
  });
  return found;
}

/** Calls `visit` with every page until it answers true or the pages end. */
async function eachPage<T>(what: string, listPage: ListPage<T>, visit: (items: readonly T[]) => boolean | void): Promise<void> {
  let token: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await listPage(token);
    if (visit(page.items) === true || page.nextToken === undefined) return;
    token = page.nextToken;
  }
  throw new StoredReadError(`listing ${what}s did not end after ${MAX_PAGES} pages`);
}
