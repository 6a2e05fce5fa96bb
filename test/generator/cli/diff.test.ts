import { afterEach, describe, expect, it } from "vitest";
import { startAppConfigDataServer, type AppConfigDataServer } from "../../support/local-servers.js";
import { startAppConfigManagementServer } from "../../support/management-api/appconfig-management-server.js";
import { useFakeAwsEnvironment } from "./aws-test-env.js";
import { makeProject, removeProject, runIn, SEED_FLAGS } from "./cli-harness.js";

useFakeAwsEnvironment();

const condition = (action: string, key: string, value: unknown) => ({ action, key, value });
const rule = (whenMatch: unknown, ...conditions: unknown[]) => ({ when_match: whenMatch, conditions });
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const DEPLOYED = {
  premium_features: { default: false, rules: { "premium tier": rule(true, condition("EQUALS", "tier", "premium")) } },
  price_tier: { default: "basic", boolean_type: false },
  legacy_banner: { default: true },
};
const LOCAL = {
  premium_features: {
    default: false,
    rules: {
      "premium tier": rule(true, condition("EQUALS", "tier", "premium")),
      "eu beta": rule(true, condition("EQUALS", "region", "eu")),
    },
  },
  price_tier: { default: "pro", boolean_type: false },
  new_banner: { default: true },
};

let project: string | undefined;
let server: AppConfigDataServer | undefined;
afterEach(async () => {
  if (project) await removeProject(project);
  await server?.close();
  project = undefined;
  server = undefined;
});

async function diffFiles(local: unknown, deployed: unknown, ...extra: string[]) {
  project = await makeProject({ "flags/features.json": json(local), "deployed/features.json": json(deployed) });
  return runIn(project, ["diff", "--file", "deployed/features.json", ...extra]);
}

describe("flagtype diff --file", () => {
  it("says so when nothing changed (exit 0)", async () => {
    const run = await diffFiles(DEPLOYED, DEPLOYED);
    expect(run).toEqual({ code: 0, stdout: "features: flags/features.json vs deployed/features.json: no changes\n", stderr: "" });
  });

  it("lists added and removed flags, changed defaults and rules, and fails on breaking changes", async () => {
    const run = await diffFiles(LOCAL, DEPLOYED);
    expect(run.stdout).toBe(
      "features: flags/features.json vs deployed/features.json\n" +
        "  - legacy_banner: removed; code generated from the deployed version still calls isLegacyBannerEnabled  BREAKING\n" +
        "  + new_banner: added (boolean)\n" +
        '  ~ premium_features: reads context key "region" (string), which code generated from the deployed version does not pass  BREAKING\n' +
        '  ~ premium_features: rules added "eu beta"\n' +
        '  ~ price_tier: default "basic" → "pro"\n',
    );
    expect(run.stderr).toBe("flagtype: 2 breaking changes: code generated from the deployed flags would break\n");
    expect(run.code).toBe(1);
  });

  it("prints JSON with --json", async () => {
    const run = await diffFiles(LOCAL, DEPLOYED, "--json");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as { breaking: number; profiles: { profile: string; changes: { flag: string; change: string; breaking: boolean }[] }[] };
    expect(report.breaking).toBe(2);
    expect(report.profiles[0]?.profile).toBe("features");
    expect(report.profiles[0]?.changes.map(({ flag, change, breaking }) => `${flag} ${change} ${breaking}`)).toEqual([
      "legacy_banner removed true",
      "new_banner added false",
      "premium_features context-key-added true",
      "premium_features rules false",
      "price_tier default false",
    ]);
  });

  it("exits 0 when every change is safe for code generated from the deployed version", async () => {
    const deployed = { price: { default: "a", boolean_type: false, rules: { r: rule(5, condition("EQUALS", "n", 1)) } }, gate: { default: true } };
    const local = { price: { default: "b", boolean_type: false }, gate: { default: false }, extra: { default: 1, boolean_type: false } };
    const run = await diffFiles(local, deployed);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  ~ price: value type number | string → string (narrower: existing callers cope)\n");
    expect(run.stdout).toContain('  ~ price: no longer reads context key "n"\n');
    expect(run.stdout).toContain('  ~ price: rules removed "r"\n');
    expect(run.stdout).toContain("  ~ gate: default true → false\n");
    expect(run.stdout).toContain("  + extra: added (value: number)\n");
    expect(run.stdout).not.toContain("BREAKING");
  });

  it.each([
    ["a wider value type", { v: { default: "a", boolean_type: false } }, { v: { default: 1, boolean_type: false } }, "v: value type string → number  BREAKING"],
    ["boolean to value", { v: { default: true } }, { v: { default: "on", boolean_type: false } }, "v: was boolean, is value: string  BREAKING"],
    ["value to boolean", { v: { default: 1, boolean_type: false } }, { v: { default: true } }, "v: was value: number, is boolean  BREAKING"],
    [
      "a context type callers do not fit",
      { v: { default: false, rules: { r: rule(true, condition("KEY_GREATER_THAN_VALUE", "age", 18)) } } },
      { v: { default: false, rules: { r: rule(true, condition("EQUALS", "age", "adult")) } } },
      'v: context key "age": number → string  BREAKING',
    ],
  ])("flags %s as breaking", async (_label, deployed, local, line) => {
    const run = await diffFiles(local, deployed);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(line);
  });

  it("does not flag a context type that got wider", async () => {
    const deployed = { v: { default: false, rules: { r: rule(true, condition("EQUALS", "id", "a")) } } };
    const local = { v: { default: false, rules: { r: rule(true, condition("EQUALS", "id", "a")), s: rule(true, condition("EQUALS", "id", 7)) } } };
    const run = await diffFiles(local, deployed);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  ~ v: context key "id": string → number | string (wider: existing callers fit)\n');
  });

  it("checks the other document first and cannot compare an invalid one (exit 1)", async () => {
    const run = await diffFiles(DEPLOYED, { x: { default: "yes" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("deployed/features.json:3:16 error FT030");
    expect(run.stderr).toContain("flagtype: cannot compare features (1 error)");
    expect(run.stdout).toBe("");
  });

  it("models both sides with the local declared types", async () => {
    const declared = {
      context: { type: "object", properties: { tier: { type: "string" }, region: { type: "string" } } },
      values: { price_tier: { type: "string", enum: ["basic", "pro"] } },
    };
    project = await makeProject({
      "flags/features.json": json(LOCAL),
      "flags/features.schema.json": json(declared),
      "deployed/features.json": json({ ...LOCAL, price_tier: { default: "basic", boolean_type: false } }),
      "bad/features.json": json({ ...LOCAL, price_tier: { default: "gold", boolean_type: false } }),
    });
    const run = await runIn(project, ["diff", "--file", "deployed/features.json"]);
    expect(run).toMatchObject({ code: 0, stdout: 'features: flags/features.json vs deployed/features.json\n  ~ price_tier: default "basic" → "pro"\n' });
    const bad = await runIn(project, ["diff", "--file", "bad/features.json"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("bad/features.json:");
    expect(bad.stderr).toContain("FT115");
  });

  it("pairs a file of another name with the only flags file, or asks for --profile", async () => {
    project = await makeProject({ "flags/features.json": SEED_FLAGS, "snapshot.json": SEED_FLAGS });
    expect((await runIn(project, ["diff", "--file", "snapshot.json"])).stdout).toBe("features: flags/features.json vs snapshot.json: no changes\n");
    await removeProject(project);
    project = await makeProject({ "flags/features.json": SEED_FLAGS, "flags/billing.json": SEED_FLAGS, "snapshot.json": SEED_FLAGS });
    const ambiguous = await runIn(project, ["diff", "--file", "snapshot.json"]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain("no flags/snapshot.json to compare snapshot.json with; choose one with --profile");
    expect((await runIn(project, ["diff", "--file", "snapshot.json", "--profile", "billing"])).stdout).toBe("billing: flags/billing.json vs snapshot.json: no changes\n");
  });
});

describe("flagtype diff against AppConfig (data API)", () => {
  it("compares every flags file with the deployed profile of the same name", async () => {
    server = await startAppConfigDataServer();
    server.deploy("shop", "prod", "features", DEPLOYED);
    server.deploy("shop", "prod", "billing", { invoices: { default: true } });
    project = await makeProject({ "flags/features.json": json(LOCAL), "flags/billing.json": json({ invoices: { default: true } }) });
    const run = await runIn(project, ["diff", "--application", "shop", "--environment", "prod", "--endpoint", server.url]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("billing: flags/billing.json vs appconfig://shop/prod/billing: no changes\n");
    expect(run.stdout).toContain("features: flags/features.json vs appconfig://shop/prod/features\n  - legacy_banner: removed;");
    expect(server.requestCount("GetLatestConfiguration")).toBe(2);
  });

  it("compares one profile with --profile and exits 0 without breaking drift", async () => {
    server = await startAppConfigDataServer();
    server.deploy("shop", "prod", "features", SEED_FLAGS);
    project = await makeProject({ "flags/features.json": SEED_FLAGS, "flags/billing.json": "{ not even JSON" });
    const run = await runIn(project, ["diff", "--application", "shop", "--environment", "prod", "--profile", "features", "--endpoint", server.url, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      breaking: 0,
      profiles: [{ profile: "features", local: "flags/features.json", deployed: "appconfig://shop/prod/features", changes: [] }],
      notDeployed: [],
    });
  });

  it("exits 1 with the service's answer when the environment does not exist", async () => {
    server = await startAppConfigDataServer();
    server.deploy("shop", "prod", "features", SEED_FLAGS);
    project = await makeProject({ "flags/features.json": SEED_FLAGS });
    const run = await runIn(project, ["diff", "--application", "shop", "--environment", "staging", "--endpoint", server.url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("flagtype: AppConfig configuration shop/staging/features: StartConfigurationSession failed: ResourceNotFoundException (HTTP 404)");
    expect(run.stderr).toContain("flagtype: cannot compare features\n");
    expect(run.stdout).toBe("");
  });

  it("reports a profile AppConfig has not deployed yet and still compares the others (exit 0)", async () => {
    server = await startAppConfigDataServer();
    server.deploy("shop", "prod", "features", SEED_FLAGS);
    project = await makeProject({ "flags/features.json": SEED_FLAGS, "flags/billing.json": json({ invoices: { default: true } }) });
    const run = await runIn(project, ["diff", "--application", "shop", "--environment", "prod", "--endpoint", server.url]);
    expect(run).toEqual({
      code: 0,
      stdout:
        "billing: flags/billing.json vs appconfig://shop/prod/billing: not deployed yet\n" +
        "features: flags/features.json vs appconfig://shop/prod/features: no changes\n",
      stderr: "",
    });
    const asJson = await runIn(project, ["diff", "--application", "shop", "--environment", "prod", "--endpoint", server.url, "--json"]);
    expect(asJson.code).toBe(0);
    expect(JSON.parse(asJson.stdout)).toMatchObject({
      breaking: 0,
      profiles: [{ profile: "features", changes: [] }],
      notDeployed: [{ profile: "billing", local: "flags/billing.json", deployed: "appconfig://shop/prod/billing" }],
    });
  });

  it("prints every drift it could compute before the profiles it could not fetch or check (exit 1)", async () => {
    server = await startAppConfigDataServer();
    server.deploy("shop", "prod", "features", DEPLOYED);
    server.deploy("shop", "prod", "billing", "{ not JSON");
    server.deploy("shop", "prod", "orders", { x: { default: "yes" } });
    project = await makeProject({
      "flags/features.json": json(LOCAL),
      "flags/billing.json": json({ invoices: { default: true } }),
      "flags/orders.json": json({ x: { default: true } }),
    });
    const run = await runIn(project, ["diff", "--application", "shop", "--environment", "prod", "--endpoint", server.url]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("features: flags/features.json vs appconfig://shop/prod/features\n  - legacy_banner: removed;");
    expect(run.stderr).toContain("flagtype: AppConfig configuration shop/prod/billing is not valid JSON");
    expect(run.stderr).toContain("appconfig://shop/prod/orders:3:16 error FT030");
    expect(run.stderr).toContain("flagtype: cannot compare billing, orders (1 error)\n");
    expect(run.stderr).toContain("flagtype: 2 breaking changes: code generated from the deployed flags would break\n");
  });
});

describe("flagtype deploy, then flagtype diff", () => {
  it("finds drift before the deployment and none once it completed", async () => {
    const data = await startAppConfigDataServer();
    server = data;
    data.deploy("shop", "prod", "features", DEPLOYED);
    const management = await startAppConfigManagementServer({
      onComplete: (deployment) => data.deploy(deployment.application, deployment.environment, deployment.profile, deployment.content, deployment.contentType),
    });
    try {
      const shop = management.state.addApplication("shop");
      management.state.addEnvironment(shop.id, "prod");
      management.state.addConfigurationProfile(shop.id, "features");
      project = await makeProject({ "flags/features.json": json(LOCAL) });
      const diff = ["diff", "--application", "shop", "--environment", "prod", "--endpoint", data.url];
      expect((await runIn(project, diff)).code).toBe(1);
      const deploy = await runIn(project, ["deploy", "--application", "shop", "--environment", "prod", "--profile", "features", "--endpoint", management.url, "--wait", "--wait-interval", "0.01"]);
      expect(deploy.code).toBe(0);
      expect(await runIn(project, diff)).toEqual({ code: 0, stdout: "features: flags/features.json vs appconfig://shop/prod/features: no changes\n", stderr: "" });
    } finally {
      await management.close();
    }
  });
});

describe("flagtype diff usage", () => {
  it("documents its options", async () => {
    project = await makeProject({});
    const run = await runIn(project, ["diff", "--help"]);
    expect(run.code).toBe(0);
    for (const option of ["--flags", "--file", "--application", "--environment", "--profile", "--json", "--endpoint", "--region"]) expect(run.stdout).toContain(option);
  });

  it.each([
    ["no baseline", ["diff"], "diff needs --file, or --application and --environment"],
    ["an application without environment", ["diff", "--application", "shop"], "diff needs --file, or --application and --environment"],
    ["--file with --application", ["diff", "--file", "x.json", "--application", "shop"], "mutually exclusive"],
    ["a --profile without its flags file", ["diff", "--file", "x.json", "--profile", "nope"], "--profile nope: no flags/nope.json to compare (flags files: features)"],
    ["a --profile without its flags file against AppConfig", ["diff", "--application", "shop", "--environment", "prod", "--profile", "nope"], "no flags/nope.json"],
  ])("exits 2 on %s", async (_label, argv, message) => {
    project = await makeProject({ "flags/features.json": SEED_FLAGS });
    const run = await runIn(project, argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
