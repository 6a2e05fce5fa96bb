import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startAppConfigManagementServer, type AppConfigManagementServer, type ManagementRoute } from "../../support/management-api/appconfig-management-server.js";
import type { NamedResource, ProfileRecord } from "../../support/management-api/management-state.js";
import { DOCUMENT_A, DOCUMENT_B } from "../../support/native/doc-examples.js";
import { useFakeAwsEnvironment } from "./aws-test-env.js";
import { makeProject, removeProject, runIn, SEED_FLAGS, writeFiles } from "./cli-harness.js";
import { VirtualClock } from "./virtual-clock.js";

useFakeAwsEnvironment();

const ROUTES: readonly ManagementRoute[] = [
  "ListApplications", "ListEnvironments", "ListConfigurationProfiles", "ListDeploymentStrategies", "CreateConfigurationProfile",
  "CreateHostedConfigurationVersion", "GetHostedConfigurationVersion", "StartDeployment", "ListDeployments", "GetDeployment",
];

/** A native stored document as a file would hold it (AWS's example A, two flags). */
const NATIVE_FLAGS = `${JSON.stringify(DOCUMENT_A, null, 2)}\n`;

let server: AppConfigManagementServer;
let project: string;
let shop: { application: NamedResource; environment: NamedResource; profile: ProfileRecord };

beforeEach(async () => {
  server = await startAppConfigManagementServer();
  // More applications than one page holds (50), so "shop" is only found on the second page.
  for (let index = 0; index < 55; index++) server.state.addApplication(`other-${index}`);
  const application = server.state.addApplication("shop");
  const environment = server.state.addEnvironment(application.id, "prod");
  server.state.addEnvironment(application.id, "dev");
  const profile = server.state.addConfigurationProfile(application.id, "features");
  shop = { application, environment, profile };
  project = await makeProject({ "flags/features.json": SEED_FLAGS });
});
afterEach(async () => {
  await server.close();
  await removeProject(project);
});

const deployArgs = (): string[] => ["deploy", "--application", "shop", "--environment", "prod", "--profile", "features", "--endpoint", server.url];
const deploy = (...extra: string[]) => runIn(project, [...deployArgs(), ...extra]);

const totalRequests = (): number => ROUTES.reduce((sum, route) => sum + server.requestCount(route), 0);

describe("flagtype deploy", () => {
  it("validates, creates a hosted version with the file's exact bytes and starts an all-at-once deployment", async () => {
    const run = await deploy("--description", "release 42", "--version-label", "v42");
    expect(run).toEqual({
      code: 0,
      stdout:
        "flags/features.json: valid (2 flags)\n" +
        "created hosted configuration version 1 of shop/features\n" +
        "started deployment 1 of version 1 to shop/prod with AppConfig.AllAtOnce: DEPLOYING\n",
      stderr: "",
    });
    const [version] = server.state.versionsOf(shop.application.id, shop.profile.id);
    expect(Buffer.from(version?.content ?? []).toString("utf8")).toBe(SEED_FLAGS);
    expect(version).toMatchObject({ versionNumber: 1, contentType: "application/json", description: "release 42", versionLabel: "v42" });
    const [deployment] = server.state.deploymentsOf(shop.application.id, shop.environment.id);
    expect(deployment).toMatchObject({ configurationVersion: "1", description: "release 42", strategy: { id: "AppConfig.AllAtOnce" } });
    expect(server.requestCount("ListApplications")).toBe(2);
    expect(server.requestCount("ListDeploymentStrategies")).toBe(0);
  });

  it("accepts ids instead of names and resolves a custom strategy by name", async () => {
    const canary = server.state.addStrategy("Canary25", { growthType: "LINEAR", growthFactor: 25, deploymentDurationInMinutes: 4, finalBakeTimeInMinutes: 1 });
    const run = await runIn(project, [
      "deploy", "--application", shop.application.id, "--environment", shop.environment.id, "--profile", shop.profile.id,
      "--flags-file", "flags/features.json", "--strategy", "Canary25", "--endpoint", server.url,
    ]);
    expect(run.code).toBe(0);
    expect(server.state.deploymentsOf(shop.application.id, shop.environment.id)[0]?.strategy.id).toBe(canary.id);
  });

  it("refuses an invalid flags file: diagnostics, exit 1, no API call", async () => {
    await removeProject(project);
    project = await makeProject({ "flags/features.json": '{ "beta": { "default": "yes" } }' });
    const run = await deploy();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('flags/features.json:1:24 error FT030 default must be true or false; found the string "yes"');
    expect(run.stderr).toContain("flagtype: 1 error in flags/features.json; nothing deployed");
    expect(run.stdout).toBe("");
    expect(totalRequests()).toBe(0);
  });

  it("says which flags file is missing", async () => {
    const run = await runIn(project, ["deploy", "--application", "shop", "--environment", "prod", "--profile", "billing", "--endpoint", server.url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("flags/billing.json:1:1 error FT003 flags file does not exist");
    expect(server.requestCount("CreateHostedConfigurationVersion")).toBe(0);
  });

  it("names the candidates of an ambiguous profile name, and deploys <flags>/<profile name>.json given the id", async () => {
    const twin = server.state.addConfigurationProfile(shop.application.id, "features");
    const ambiguous = await deploy();
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toBe(`flagtype: 2 configuration profiles of shop are named "features" (${shop.profile.id}, ${twin.id}): pass the id instead\n`);
    const byId = await runIn(project, ["deploy", "--application", "shop", "--environment", "prod", "--profile", twin.id, "--endpoint", server.url]);
    expect(byId.stderr).toBe("");
    expect(byId.code).toBe(0);
    expect(byId.stdout).toContain("flags/features.json: valid (2 flags)\n");
    expect(server.state.versionsOf(shop.application.id, twin.id)).toHaveLength(1);
    expect(server.state.versionsOf(shop.application.id, shop.profile.id)).toHaveLength(0);
  });

  it("still checks the file of a profile given by id before creating anything", async () => {
    await removeProject(project);
    project = await makeProject({ "flags/features.json": '{ "beta": { "default": "yes" } }' });
    const run = await runIn(project, ["deploy", "--application", "shop", "--environment", "prod", "--profile", shop.profile.id, "--endpoint", server.url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("flags/features.json:1:24 error FT030");
    expect(server.requestCount("CreateHostedConfigurationVersion")).toBe(0);
  });

  it("names what it cannot find, before creating anything", async () => {
    const run = await runIn(project, ["deploy", "--application", "shop", "--environment", "staging", "--profile", "features", "--endpoint", server.url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('flagtype: no environment of shop has the name or id "staging" (known: "prod", "dev")\n');
    expect(server.requestCount("CreateHostedConfigurationVersion")).toBe(0);
  });

  it("reports a failing call with the service's error", async () => {
    server.faults.inject("CreateHostedConfigurationVersion", { kind: "status", status: 500, message: "boom" }, "always");
    const run = await deploy();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("flagtype: CreateHostedConfigurationVersion failed: InternalServerException (HTTP 500): boom");
    expect(server.requestCount("StartDeployment")).toBe(0);
  });

  // --wait runs on a virtual clock: every interval is slept at once, so no wall-clock time passes and
  // each case takes exactly the same steps on a loaded machine.
  it("--wait follows the deployment to COMPLETE, polling every --wait-interval", async () => {
    const clock = new VirtualClock();
    const run = await runIn(project, [...deployArgs(), "--wait"], undefined, clock);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("with AppConfig.AllAtOnce: DEPLOYING\ndeployment 1: BAKING\ndeployment 1: COMPLETE\n");
    expect(server.requestCount("GetDeployment")).toBe(2);
    expect(clock.sleeps).toEqual([5000, 5000]);
  });

  it("--wait exits 1 when the deployment is rolled back", async () => {
    server.setProgression(["DEPLOYING", "ROLLING_BACK", "ROLLED_BACK"]);
    const clock = new VirtualClock();
    const run = await runIn(project, [...deployArgs(), "--wait", "--wait-interval", "2"], undefined, clock);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("deployment 1: ROLLING_BACK\ndeployment 1: ROLLED_BACK\n");
    expect(run.stderr).toBe("flagtype: deployment 1 to shop/prod ended ROLLED_BACK\n");
    expect(clock.sleeps).toEqual([2000, 2000]);
  });

  it("--wait gives up after --wait-timeout (exit 1), the last interval cut to the deadline", async () => {
    server.setProgression(["DEPLOYING"]);
    const clock = new VirtualClock();
    const run = await runIn(project, [...deployArgs(), "--wait", "--wait-interval", "20", "--wait-timeout", "50"], undefined, clock);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("flagtype: deployment 1 to shop/prod is still DEPLOYING after 50 s; stopped waiting (AppConfig carries on)\n");
    expect(clock.sleeps).toEqual([20_000, 20_000, 10_000]);
    expect(server.requestCount("GetDeployment")).toBe(3);
    expect(clock.now()).toBe(50_000);
  });

  it("--wait stops when interrupted, without another status check", async () => {
    server.setProgression(["DEPLOYING"]);
    const clock = new VirtualClock();
    const interrupt = new AbortController();
    clock.at(12_000, () => interrupt.abort());
    const run = await runIn(project, [...deployArgs(), "--wait"], interrupt.signal, clock);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("flagtype: stopped waiting for deployment 1 to shop/prod (DEPLOYING; AppConfig carries on)\n");
    expect(server.requestCount("GetDeployment")).toBe(2);
    expect(clock.now()).toBe(12_000);
  });
});

describe("flagtype deploy, native AppConfig feature flags", () => {
  let checkout: ProfileRecord;
  beforeEach(async () => {
    checkout = server.state.addConfigurationProfile(shop.application.id, "checkout", "AWS.AppConfig.FeatureFlags");
    await writeFiles(project, { "flags/checkout.json": NATIVE_FLAGS });
  });
  const deployTo = (profile: string, ...extra: string[]) =>
    runIn(project, ["deploy", "--application", "shop", "--environment", "prod", "--profile", profile, "--endpoint", server.url, ...extra]);

  it("deploys the stored document as is (application/json) to an AWS.AppConfig.FeatureFlags profile", async () => {
    const run = await deployTo("checkout");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "flags/checkout.json: valid (2 flags)\n" +
        "created hosted configuration version 1 of shop/checkout\n" +
        "started deployment 1 of version 1 to shop/prod with AppConfig.AllAtOnce: DEPLOYING\n",
    );
    const [version] = server.state.versionsOf(shop.application.id, checkout.id);
    expect(Buffer.from(version?.content ?? []).toString("utf8")).toBe(NATIVE_FLAGS);
    expect(version?.contentType).toBe("application/json");
  });

  it("refuses a native document for a freeform profile, naming both types, before creating anything", async () => {
    const run = await runIn(project, ["deploy", "--application", "shop", "--environment", "prod", "--profile", "features", "--flags-file", "flags/checkout.json", "--endpoint", server.url]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("flags/checkout.json: valid (2 flags)\n");
    expect(run.stderr).toBe(
      "flagtype: flags/checkout.json is a native AppConfig feature-flags document (for AWS.AppConfig.FeatureFlags profiles), " +
        "but profile shop/features is of type AWS.Freeform: AppConfig would serve the stored document verbatim and break every client; " +
        "deploy it to a profile of type AWS.AppConfig.FeatureFlags (nothing was created)\n",
    );
    expect(server.requestCount("CreateHostedConfigurationVersion")).toBe(0);
  });

  it("refuses a Powertools document for a feature-flags profile", async () => {
    const run = await runIn(project, ["deploy", "--application", "shop", "--environment", "prod", "--profile", "checkout", "--flags-file", "flags/features.json", "--endpoint", server.url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "flagtype: flags/features.json is a Powertools feature-flags document (for AWS.Freeform profiles), " +
        "but profile shop/checkout is of type AWS.AppConfig.FeatureFlags: AppConfig accepts only its own feature-flags format there and would reject it; " +
        "deploy it to a profile of type AWS.Freeform (nothing was created)\n",
    );
    expect(server.requestCount("CreateHostedConfigurationVersion")).toBe(0);
  });

  it("checks the type of a profile given by id too", async () => {
    const run = await deployTo(shop.profile.id, "--flags-file", "flags/checkout.json");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`but profile shop/${shop.profile.id} is of type AWS.Freeform`);
    expect(server.requestCount("CreateHostedConfigurationVersion")).toBe(0);
  });

  it("suggests --create-profile for a profile that does not exist", async () => {
    await writeFiles(project, { "flags/search.json": `${JSON.stringify(DOCUMENT_B, null, 2)}\n` });
    const run = await deployTo("search");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'flagtype: no configuration profile of shop has the name or id "search" (known: "features", "checkout"); ' +
        'pass --create-profile to create a hosted AWS.AppConfig.FeatureFlags profile named "search"\n',
    );
    expect(server.requestCount("CreateConfigurationProfile")).toBe(0);
  });

  it("--create-profile creates a hosted profile of the file's type, then deploys to it", async () => {
    await writeFiles(project, { "flags/search.json": `${JSON.stringify(DOCUMENT_B, null, 2)}\n`, "flags/billing.json": SEED_FLAGS });
    server.setProgression(["COMPLETE"]);
    const run = await deployTo("search", "--create-profile");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const created = server.state.profilesOf(shop.application.id).find((profile) => profile.name === "search");
    expect(created).toMatchObject({ type: "AWS.AppConfig.FeatureFlags", locationUri: "hosted" });
    expect(run.stdout).toBe(
      "flags/search.json: valid (1 flag)\n" +
        `created configuration profile shop/search (${created?.id}): hosted, AWS.AppConfig.FeatureFlags\n` +
        "created hosted configuration version 1 of shop/search\n" +
        "started deployment 1 of version 1 to shop/prod with AppConfig.AllAtOnce: COMPLETE\n",
    );
    const powertools = await deployTo("billing", "--create-profile");
    expect(powertools.code).toBe(0);
    expect(server.state.profilesOf(shop.application.id).find((profile) => profile.name === "billing")).toMatchObject({ type: "AWS.Freeform", locationUri: "hosted" });
    // An existing profile is used as it is.
    expect((await deployTo("checkout", "--create-profile")).code).toBe(0);
    expect(server.requestCount("CreateConfigurationProfile")).toBe(2);
  });

  it("--create-profile creates nothing when another name does not resolve", async () => {
    await writeFiles(project, { "flags/search.json": `${JSON.stringify(DOCUMENT_B, null, 2)}\n` });
    const run = await deployTo("search", "--create-profile", "--strategy", "Nope");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('flagtype: no deployment strategy has the name or id "Nope" (known: "AppConfig.AllAtOnce", "AppConfig.Linear50PercentEvery30Seconds", "AppConfig.Canary10Percent20Minutes")\n');
    expect(server.requestCount("CreateConfigurationProfile")).toBe(0);
  });

  it("refuses an invalid native file with positioned diagnostics and calls nothing", async () => {
    await writeFiles(project, { "flags/checkout.json": '{\n  "version": 1,\n  "flags": {}\n}\n' });
    const run = await deployTo("checkout");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^flags\/checkout\.json:2:\d+ error /m);
    expect(run.stderr).toContain("flagtype: 1 error in flags/checkout.json; nothing deployed");
    expect(totalRequests()).toBe(0);
  });
});

describe("flagtype deploy usage", () => {
  it("documents its options", async () => {
    const run = await runIn(project, ["deploy", "--help"]);
    expect(run.code).toBe(0);
    for (const option of ["--application", "--environment", "--profile", "--create-profile", "--flags-file", "--strategy", "--wait", "--wait-interval", "--wait-timeout", "--region", "--endpoint", "--version-label"]) {
      expect(run.stdout).toContain(option);
    }
    expect(run.stdout).toContain("AWS.AppConfig.FeatureFlags");
    expect(run.stdout).toContain('[default: "AppConfig.AllAtOnce"]');
  });

  it.each([
    ["a missing --application", ["deploy", "--environment", "prod", "--profile", "features"], "Missing required argument: application"],
    ["a bad --wait-interval", ["deploy", "--application", "a", "--environment", "e", "--profile", "features", "--wait", "--wait-interval", "0"], "--wait-interval takes a positive number of seconds"],
    ["a bad --endpoint", ["deploy", "--application", "a", "--environment", "e", "--profile", "features", "--endpoint", "local host"], "--endpoint must be a URL"],
  ])("exits 2 on %s", async (_label, argv, message) => {
    const run = await runIn(project, argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(totalRequests()).toBe(0);
  });
});
