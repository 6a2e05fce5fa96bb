import { describe, expect, it } from "vitest";
import { fetchStoredDocument } from "../../../../../generator/commands/diff/stored/fetch-stored-document.js";
import { MISSING_MANAGEMENT_SDK_MESSAGE } from "../../../../../generator/commands/diff/stored/sdk-stored-version-api.js";
import { StoredReadError, type DeploymentSummary, type ListedResource, type Page, type StoredVersionApi } from "../../../../../generator/commands/diff/stored/stored-version-api.js";

const TARGET = { application: "shop", environment: "prod", profile: "checkout" };

/** Pages of two over `items`, with numeric tokens; `calls` counts the pages read. */
function paged<T>(items: readonly T[]) {
  const state = { calls: 0 };
  const list = async (token: string | undefined): Promise<Page<T>> => {
    state.calls++;
    const start = Number(token ?? 0);
    return { items: items.slice(start, start + 2), ...(start + 2 < items.length ? { nextToken: String(start + 2) } : {}) };
  };
  return { list, state };
}

interface Fake {
  readonly profiles?: ListedResource[];
  readonly deployments?: DeploymentSummary[];
  readonly versions?: Record<number, string | Uint8Array>;
}

function fakeApi(fake: Fake) {
  const deployments = paged(fake.deployments ?? []);
  const read: number[] = [];
  const api: StoredVersionApi = {
    listApplications: paged<ListedResource>([{ id: "a1", name: "shop" }]).list,
    listEnvironments: (_application, token) => paged<ListedResource>([{ id: "e1", name: "prod" }]).list(token),
    listConfigurationProfiles: (_application, token) => paged(fake.profiles ?? [{ id: "p1", name: "checkout", type: "AWS.AppConfig.FeatureFlags", locationUri: "hosted" }]).list(token),
    listDeployments: (_application, _environment, token) => deployments.list(token),
    getHostedVersion: async (_application, _profile, version) => {
      read.push(version);
      const content = fake.versions?.[version];
      if (content === undefined) throw new StoredReadError(`GetHostedConfigurationVersion failed: no version ${version}`);
      return typeof content === "string" ? Buffer.from(content) : content;
    },
  };
  const closed = { count: 0 };
  const connect = async () => ({ api, close: () => void closed.count++ });
  return { connect, read, closed, deploymentPages: deployments.state };
}

/** A listed deployment; `profileId` null: the listing carries only the profile's name. */
const deployment = (deploymentNumber: number, state: string, version: number, profileId: string | null = "p1", profileName = "checkout"): DeploymentSummary => ({
  deploymentNumber, state, configurationVersion: String(version), ...(profileId !== null ? { profileId } : {}), profileName,
});

describe("fetchStoredDocument", () => {
  it("reads the newest deployment of the profile that was not undone, page by page, and pretty-prints it", async () => {
    const fake = fakeApi({
      deployments: [deployment(6, "COMPLETE", 9, "p2", "other"), deployment(5, "ROLLED_BACK", 4), deployment(4, "REVERTED", 3), deployment(3, "BAKING", 2), deployment(2, "COMPLETE", 1)],
      versions: { 2: '{"version":"1"}' },
    });
    expect(await fetchStoredDocument(TARGET, fake.connect)).toEqual({ text: '{\n  "version": "1"\n}\n', profileType: "AWS.AppConfig.FeatureFlags", versionNumber: 2, deploymentNumber: 3 });
    expect(fake.read).toEqual([2]);
    expect(fake.deploymentPages.calls).toBe(2);
    expect(fake.closed.count).toBe(1);
  });

  it("matches deployments by the profile's name when the listing carries no profile id", async () => {
    const fake = fakeApi({ deployments: [deployment(2, "COMPLETE", 7, null, "other"), deployment(1, "COMPLETE", 3, null, "checkout")], versions: { 3: "{}" } });
    expect(await fetchStoredDocument(TARGET, fake.connect)).toMatchObject({ versionNumber: 3 });
  });

  it("answers not deployed for a missing profile or one without a deployment", async () => {
    expect(await fetchStoredDocument(TARGET, fakeApi({ profiles: [] }).connect)).toEqual({ notDeployed: 'no configuration profile of shop is named "checkout"' });
    expect(await fetchStoredDocument(TARGET, fakeApi({ deployments: [deployment(1, "ROLLED_BACK", 1)] }).connect)).toEqual({ notDeployed: "checkout has no deployment in prod" });
  });

  it.each<[string, Fake, string]>([
    ["a profile stored elsewhere", { profiles: [{ id: "p1", name: "checkout", locationUri: "s3://bucket/flags.json" }] }, "the profile's configuration is stored at s3://bucket/flags.json, not hosted by AppConfig: flagtype diff reads hosted versions only"],
    ["an ambiguous profile name", { profiles: [{ id: "p1", name: "checkout" }, { id: "p2", name: "checkout" }] }, '2 configuration profiles are named "checkout" (p1, p2)'],
    ["a version that is no number", { deployments: [{ deploymentNumber: 1, state: "COMPLETE", profileId: "p1", configurationVersion: "v1" }] }, 'deployment 1 deployed configuration version "v1", not a hosted version number'],
    ["content that is not UTF-8", { deployments: [deployment(1, "COMPLETE", 1)], versions: { 1: new Uint8Array([0xff]) } }, "the hosted version is not UTF-8 text"],
    ["a failed call", { deployments: [deployment(1, "COMPLETE", 1)] }, "GetHostedConfigurationVersion failed: no version 1"],
  ])("reports %s as an error naming the target", async (_label, fake, message) => {
    const api = fakeApi(fake);
    expect(await fetchStoredDocument(TARGET, api.connect)).toEqual({ error: `AppConfig shop/prod/checkout: ${message}` });
    expect(api.closed.count).toBe(1);
  });

  it("hands content that is not JSON to the checks as it is", async () => {
    const fake = fakeApi({ deployments: [deployment(1, "COMPLETE", 1)], versions: { 1: "{ not json" } });
    expect(await fetchStoredDocument(TARGET, fake.connect)).toMatchObject({ text: "{ not json" });
  });

  it("says how to install the SDK when it is missing", async () => {
    const missing = async (): Promise<never> => {
      throw new StoredReadError(MISSING_MANAGEMENT_SDK_MESSAGE);
    };
    const read = await fetchStoredDocument(TARGET, missing);
    expect(read).toEqual({ error: `AppConfig shop/prod/checkout: ${MISSING_MANAGEMENT_SDK_MESSAGE}` });
    expect(MISSING_MANAGEMENT_SDK_MESSAGE).toContain("npm install --save-dev @aws-sdk/client-appconfig");
  });
});
