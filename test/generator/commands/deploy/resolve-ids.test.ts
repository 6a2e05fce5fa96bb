import { describe, expect, it } from "vitest";
import { DeployError, type ManagementApi, type ResourcePage } from "../../../../generator/commands/deploy/management-api.js";
import { lookUpTarget, resolveId, resolveTarget } from "../../../../generator/commands/deploy/resolve-ids.js";

/** Pages of `size` items over `items`, with numeric tokens. */
function pages(items: { id: string; name: string; type?: string }[], size = 2) {
  const calls: (string | undefined)[] = [];
  const list = async (token: string | undefined): Promise<ResourcePage> => {
    calls.push(token);
    const start = Number(token ?? 0);
    const end = start + size;
    return { items: items.slice(start, end), ...(end < items.length ? { nextToken: String(end) } : {}) };
  };
  return { list, calls };
}

const APPLICATION = { noun: "application" };

const APPS = [
  { id: "a000001", name: "shop" },
  { id: "a000002", name: "billing" },
  { id: "a000003", name: "twin" },
  { id: "a000004", name: "twin" },
  { id: "a000005", name: "a000001" },
];

describe("resolveId", () => {
  it("finds a name on a later page", async () => {
    const { list, calls } = pages(APPS);
    expect(await resolveId(APPLICATION, "billing", list)).toBe("a000002");
    expect(calls).toEqual([undefined, "2", "4"]);
  });

  it("prefers an id over a name that looks like one", async () => {
    expect(await resolveId(APPLICATION, "a000001", pages(APPS).list)).toBe("a000001");
  });

  it("refuses an ambiguous name and names the candidates", async () => {
    await expect(resolveId(APPLICATION, "twin", pages(APPS).list)).rejects.toThrow('2 applications are named "twin" (a000003, a000004): pass the id instead');
  });

  it("puts the plural on the noun, not on the owner", async () => {
    const profiles = pages([{ id: "p1", name: "features" }, { id: "p2", name: "features" }]).list;
    await expect(resolveId({ noun: "configuration profile", of: "shop" }, "features", profiles)).rejects.toThrow(
      '2 configuration profiles of shop are named "features" (p1, p2): pass the id instead',
    );
    const strategies = pages([{ id: "s1", name: "slow" }, { id: "s2", name: "slow" }]).list;
    await expect(resolveId({ noun: "deployment strategy" }, "slow", strategies)).rejects.toThrow('2 deployment strategies are named "slow"');
    await expect(resolveId({ noun: "configuration profile", of: "shop" }, "nope", profiles)).rejects.toThrow('no configuration profile of shop has the name or id "nope"');
  });

  it("lists what exists when nothing matches", async () => {
    const error = await resolveId(APPLICATION, "shopp", pages(APPS).list).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeployError);
    expect((error as Error).message).toBe('no application has the name or id "shopp" (known: "shop", "billing", "twin", "twin", "a000001")');
    await expect(resolveId({ noun: "environment" }, "prod", pages([]).list)).rejects.toThrow('no environment has the name or id "prod" (there is none)');
  });

  it("gives up on a listing that never ends", async () => {
    const endless = async (): Promise<ResourcePage> => ({ items: [], nextToken: "again" });
    await expect(resolveId(APPLICATION, "shop", endless)).rejects.toThrow("listing applications did not end after 200 pages");
  });
});

describe("resolveTarget", () => {
  const unexpected = (): Promise<never> => Promise.reject(new Error("resolveTarget only lists"));
  const api = (profiles: { id: string; name: string; type?: string }[]): ManagementApi => ({
    listApplications: pages([{ id: "a1", name: "shop" }]).list,
    listEnvironments: (_applicationId, token) => pages([{ id: "e1", name: "prod" }]).list(token),
    listConfigurationProfiles: (_applicationId, token) => pages(profiles).list(token),
    listDeploymentStrategies: pages([]).list,
    createConfigurationProfile: unexpected,
    createHostedVersion: unexpected,
    startDeployment: unexpected,
    getDeployment: unexpected,
  });
  const names = { application: "shop", environment: "prod", strategy: "AppConfig.AllAtOnce" };

  it("returns the profile's name when it was given by id, and the name given otherwise", async () => {
    const profiles = [{ id: "p1", name: "features" }, { id: "p2", name: "features" }, { id: "p3", name: "billing" }];
    const target = api(profiles);
    expect(await resolveTarget(target, { ...names, profile: "p2" })).toMatchObject({ applicationId: "a1", environmentId: "e1", profileId: "p2", profileName: "features" });
    expect(await resolveTarget(target, { ...names, profile: "billing" })).toMatchObject({ profileId: "p3", profileName: "billing" });
  });

  it("carries the profile's type, AppConfig's default AWS.Freeform when the listing has none", async () => {
    const target = api([{ id: "p1", name: "features" }, { id: "p2", name: "checkout", type: "AWS.AppConfig.FeatureFlags" }]);
    expect(await resolveTarget(target, { ...names, profile: "features" })).toMatchObject({ profileId: "p1", profileType: "AWS.Freeform" });
    expect(await resolveTarget(target, { ...names, profile: "checkout" })).toMatchObject({ profileId: "p2", profileType: "AWS.AppConfig.FeatureFlags" });
  });

  it("answers a missing profile in words with lookUpTarget, after everything else was found; resolveTarget throws it", async () => {
    const target = api([{ id: "p1", name: "features" }]);
    expect(await lookUpTarget(target, { ...names, profile: "checkout" })).toEqual({
      applicationId: "a1", environmentId: "e1", strategyId: "AppConfig.AllAtOnce",
      missingProfile: 'no configuration profile of shop has the name or id "checkout" (known: "features")',
    });
    await expect(resolveTarget(target, { ...names, profile: "checkout" })).rejects.toThrow(DeployError);
    await expect(lookUpTarget(target, { ...names, environment: "staging", profile: "checkout" })).rejects.toThrow('no environment of shop has the name or id "staging"');
  });
});
