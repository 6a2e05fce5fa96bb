import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startAppConfigDataServer, type AppConfigDataServer } from "../../support/local-servers.js";
import { startAppConfigManagementServer, type AppConfigManagementServer } from "../../support/management-api/appconfig-management-server.js";
import type { StoredDocument } from "../../../generator/pipeline/load/native/stored/stored-document.js";
import type { NamedResource } from "../../support/management-api/management-state.js";
import { DOCUMENT_A, DOCUMENT_B } from "../../support/native/doc-examples.js";
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

/** A native stored document: basic flags with attributes, a multi-variant flag. */
const NATIVE_DEPLOYED = {
  version: "1",
  flags: {
    checkout_v2: {
      name: "Checkout v2",
      description: "New checkout flow",
      attributes: {
        max_items: { constraints: { type: "number", minimum: 1, maximum: 500, required: true } },
        theme: { constraints: { type: "string", enum: ["light", "dark"] } },
        regions: { constraints: { type: "array", elements: { type: "string", pattern: "^[a-z]{2}-[a-z]+-\\d$" } } },
        beta_badge: { description: "Show a badge", constraints: { type: "boolean" } },
      },
    },
    kill_switch: { name: "Kill switch" },
    legacy: { name: "Legacy" },
    new_search: { name: "New search", attributes: { ranking: { constraints: { type: "string", enum: ["bm25", "vector"] } } } },
  },
  values: {
    checkout_v2: { enabled: true, max_items: 50, theme: "dark", regions: ["eu-west-1"], beta_badge: false },
    kill_switch: { enabled: false },
    legacy: { enabled: true },
    new_search: {
      _variants: [
        { name: "Staff", enabled: true, rule: '(ends_with $email "@example.com")', attributeValues: { ranking: "vector" } },
        { name: "Beta", enabled: true, rule: '(and (exists key::"beta") (in $plan ["pro", "team"]))', attributeValues: { ranking: "vector" } },
        { name: "Default", enabled: false, attributeValues: { ranking: "bm25" } },
      ],
    },
  },
};

/** NATIVE_DEPLOYED with one change of every kind: 5 breaking, 9 not. */
const NATIVE_LOCAL = {
  version: "1",
  flags: {
    checkout_v2: {
      name: "Checkout v2",
      description: "New checkout flow",
      _deprecation: { status: "planned", date: "2027-06-30" },
      attributes: {
        max_items: { constraints: { type: "number", minimum: 1, maximum: 100, required: true } },
        theme: { constraints: { type: "string", enum: ["dark"] } },
        regions: { constraints: { type: "array", elements: { type: "string", pattern: "^[a-z]{2}-[a-z]+-\\d$" } } },
        coupon: { constraints: { type: "string" } },
      },
    },
    kill_switch: { name: "Kill switch" },
    dark_mode: { name: "Dark mode" },
    new_search: { name: "New search", attributes: { ranking: { constraints: { type: "string", enum: ["bm25", "vector"] } } } },
  },
  values: {
    checkout_v2: { enabled: true, max_items: 60, theme: "dark", regions: ["eu-west-1"] },
    kill_switch: { enabled: true },
    dark_mode: { enabled: false },
    new_search: {
      _variants: [
        { name: "Staff", enabled: true, rule: '(ends_with $email "@example.com")', attributeValues: { ranking: "vector" } },
        { name: "Europe", enabled: true, rule: '(begins_with $country "E")', attributeValues: { ranking: "vector" } },
        { name: "Default", enabled: false, attributeValues: { ranking: "bm25" } },
      ],
    },
  },
};

const NATIVE_DRIFT =
  '  ~ checkout_v2: attribute "beta_badge" removed; code generated from the deployed version reads it  BREAKING\n' +
  '  ~ checkout_v2: attribute "theme": enum members removed "light" (code generated from the deployed version may compare with them)  BREAKING\n' +
  '  ~ checkout_v2: attribute "coupon" added (string)\n' +
  '  ~ checkout_v2: attribute "max_items": constraints maximum 500 → 100\n' +
  "  ~ checkout_v2: attribute values beta_badge false → unset, max_items 50 → 60\n" +
  "  ~ checkout_v2: marked for deprecation (planned for 2027-06-30)\n" +
  "  + dark_mode: added (basic)\n" +
  "  ~ kill_switch: enabled false → true\n" +
  "  - legacy: removed; code generated from the deployed version still calls isLegacyEnabled and getLegacy  BREAKING\n" +
  '  ~ new_search: variant "Beta" removed; the generated NewSearchVariant type loses it  BREAKING\n' +
  '  ~ new_search: variant "Europe" added\n' +
  '  ~ new_search: reads context key "country" (string), which code generated from the deployed version does not pass  BREAKING\n' +
  '  ~ new_search: no longer reads context key "beta"\n' +
  '  ~ new_search: no longer reads context key "plan"\n';

describe("flagtype diff, native AppConfig feature flags, --file", () => {
  async function diffNative(local: unknown, deployed: unknown, ...extra: string[]) {
    project = await makeProject({ "flags/checkout.json": json(local), "deployed/checkout.json": json(deployed) });
    return runIn(project, ["diff", "--file", "deployed/checkout.json", ...extra]);
  }

  it("says so when nothing changed (exit 0)", async () => {
    expect(await diffNative(NATIVE_DEPLOYED, NATIVE_DEPLOYED)).toEqual({ code: 0, stdout: "checkout: flags/checkout.json vs deployed/checkout.json: no changes\n", stderr: "" });
  });

  it("lists every change of the stored documents and fails on the breaking ones", async () => {
    const run = await diffNative(NATIVE_LOCAL, NATIVE_DEPLOYED);
    expect(run.stdout).toBe(`checkout: flags/checkout.json vs deployed/checkout.json\n${NATIVE_DRIFT}`);
    expect(run.stderr).toBe("flagtype: 5 breaking changes: code generated from the deployed flags would break\n");
    expect(run.code).toBe(1);
  });

  it("prints the same as JSON with --json", async () => {
    const run = await diffNative(NATIVE_LOCAL, NATIVE_DEPLOYED, "--json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { breaking: number; profiles: { changes: { flag: string; change: string; breaking: boolean; message: string }[] }[] };
    expect(report.breaking).toBe(5);
    const changes = report.profiles[0]?.changes ?? [];
    expect(changes.map(({ flag, change, breaking }) => `${flag} ${change} ${breaking}`)).toEqual([
      "checkout_v2 attribute-removed true",
      "checkout_v2 attribute-type true",
      "checkout_v2 attribute-added false",
      "checkout_v2 attribute-constraints false",
      "checkout_v2 values false",
      "checkout_v2 metadata false",
      "dark_mode added false",
      "kill_switch enabled false",
      "legacy removed true",
      "new_search variant-removed true",
      "new_search variant-added false",
      "new_search context-key-added true",
      "new_search context-key-removed false",
      "new_search context-key-removed false",
    ]);
    // The text lines are these messages.
    expect(changes.map((change) => change.message).every((message) => NATIVE_DRIFT.includes(message))).toBe(true);
  });

  it("reports a change of format as one breaking change of the whole document", async () => {
    project = await makeProject({ "flags/checkout.json": json(NATIVE_DEPLOYED), "deployed/checkout.json": SEED_FLAGS });
    const run = await runIn(project, ["diff", "--file", "deployed/checkout.json"]);
    expect(run.stdout).toBe(
      "checkout: flags/checkout.json vs deployed/checkout.json\n" +
        "  ~ (document): format Powertools feature flags (an AWS.Freeform profile) → native AppConfig feature flags (an AWS.AppConfig.FeatureFlags profile); " +
        "code generated from the deployed version reads the other format  BREAKING\n",
    );
    expect(run.code).toBe(1);
    const asJson = JSON.parse((await runIn(project, ["diff", "--file", "deployed/checkout.json", "--json"])).stdout) as { profiles: { changes: unknown[] }[] };
    expect(asJson.profiles[0]?.changes).toEqual([expect.objectContaining({ flag: "", change: "format", breaking: true })]);
  });

  it("checks the other stored document first, with positions", async () => {
    const run = await diffNative(NATIVE_DEPLOYED, { version: "1", flags: { Bad: {} } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^deployed\/checkout\.json:3:\d+ error /m);
    expect(run.stderr).toContain("flagtype: cannot compare checkout");
  });
});

describe("flagtype diff against AppConfig, native profiles (management API)", () => {
  let management: AppConfigManagementServer;
  let shop: { application: NamedResource; environment: NamedResource };
  const diffAgainst = (...extra: string[]) => runIn(project ?? "", ["diff", "--application", "shop", "--environment", "prod", "--endpoint", management.url, ...extra]);
  /** A hosted version of `document` in profile `name` (created if need be) and a deployment of it to prod in `state`. */
  const deployed = (name: string, document: unknown, state: "COMPLETE" | "ROLLED_BACK" | "DEPLOYING" = "COMPLETE", type: "AWS.AppConfig.FeatureFlags" | "AWS.Freeform" = "AWS.AppConfig.FeatureFlags") => {
    const profile = management.state.profilesOf(shop.application.id).find((found) => found.name === name)
      ?? management.state.addConfigurationProfile(shop.application.id, name, type);
    const version = management.state.addHostedVersion(shop.application.id, profile.id, typeof document === "string" ? document : JSON.stringify(document));
    management.state.addDeployment(shop.application.id, shop.environment.id, profile.id, version.versionNumber, state);
    return profile;
  };
  beforeEach(async () => {
    management = await startAppConfigManagementServer();
    const application = management.state.addApplication("shop");
    shop = { application, environment: management.state.addEnvironment(application.id, "prod") };
  });
  afterEach(() => management.close());

  it("reads the stored document of the latest deployment; AppConfig's metadata is no drift", async () => {
    deployed("checkout", NATIVE_DEPLOYED);
    project = await makeProject({ "flags/checkout.json": json(NATIVE_DEPLOYED) });
    expect(await diffAgainst()).toEqual({ code: 0, stdout: "checkout: flags/checkout.json vs appconfig://shop/prod/checkout: no changes\n", stderr: "" });
    expect(management.requestCount("GetHostedConfigurationVersion")).toBe(1);
    expect(management.requestCount("GetDeployment")).toBe(0);
  });

  it("lists the drift like --file", async () => {
    deployed("checkout", NATIVE_DEPLOYED);
    project = await makeProject({ "flags/checkout.json": json(NATIVE_LOCAL) });
    const run = await diffAgainst();
    expect(run.stdout).toBe(`checkout: flags/checkout.json vs appconfig://shop/prod/checkout\n${NATIVE_DRIFT}`);
    expect(run.code).toBe(1);
  });

  it("skips rolled-back deployments and counts one still rolling out", async () => {
    deployed("checkout", NATIVE_DEPLOYED);
    deployed("checkout", NATIVE_LOCAL, "ROLLED_BACK");
    project = await makeProject({ "flags/checkout.json": json(NATIVE_DEPLOYED) });
    expect((await diffAgainst()).stdout).toBe("checkout: flags/checkout.json vs appconfig://shop/prod/checkout: no changes\n");
    deployed("checkout", NATIVE_LOCAL, "DEPLOYING");
    const rolling = await diffAgainst();
    expect(rolling.code).toBe(1);
    expect(rolling.stdout).toContain("  ~ kill_switch: enabled true → false\n");
  });

  it("reports a profile with no deployment, or none at all, as not deployed yet", async () => {
    management.state.addConfigurationProfile(shop.application.id, "checkout", "AWS.AppConfig.FeatureFlags");
    const other = deployed("search", NATIVE_DEPLOYED);
    management.state.addDeployment(shop.application.id, shop.environment.id, other.id, 1);
    project = await makeProject({ "flags/checkout.json": json(NATIVE_DEPLOYED), "flags/home.json": json(DOCUMENT_A) });
    expect(await diffAgainst()).toEqual({
      code: 0,
      stdout:
        "checkout: flags/checkout.json vs appconfig://shop/prod/checkout: not deployed yet\n" +
        "home: flags/home.json vs appconfig://shop/prod/home: not deployed yet\n",
      stderr: "",
    });
  });

  it("cannot compare when the environment does not exist (exit 1)", async () => {
    deployed("checkout", NATIVE_DEPLOYED);
    project = await makeProject({ "flags/checkout.json": json(NATIVE_DEPLOYED) });
    const run = await runIn(project, ["diff", "--application", "shop", "--environment", "staging", "--endpoint", management.url]);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: 'flagtype: AppConfig shop/staging/checkout: no environment of shop has the name or id "staging"\nflagtype: cannot compare checkout\n',
    });
  });

  it("names the failing call", async () => {
    deployed("checkout", NATIVE_DEPLOYED);
    management.faults.inject("ListDeployments", { kind: "status", status: 500, message: "boom" }, "always");
    project = await makeProject({ "flags/checkout.json": json(NATIVE_DEPLOYED) });
    const run = await diffAgainst();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("flagtype: AppConfig shop/prod/checkout: ListDeployments failed: InternalServerException (HTTP 500): boom\n");
  });

  it("reports a freeform profile holding a Powertools document as a change of format", async () => {
    deployed("checkout", SEED_FLAGS, "COMPLETE", "AWS.Freeform");
    project = await makeProject({ "flags/checkout.json": json(NATIVE_DEPLOYED) });
    const run = await diffAgainst("--json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ breaking: 1, profiles: [{ profile: "checkout", changes: [{ flag: "", change: "format", breaking: true }] }] });
  });

  it("compares Powertools files through the data API and native ones through the management API in one run", async () => {
    const data = await startAppConfigDataServer();
    server = data;
    data.deploy("shop", "prod", "features", DEPLOYED);
    deployed("checkout", NATIVE_DEPLOYED);
    project = await makeProject({ "flags/features.json": json(DEPLOYED), "flags/checkout.json": json(NATIVE_DEPLOYED) });
    const run = await runIn(project, ["diff", "--application", "shop", "--environment", "prod", "--endpoint", data.url, "--management-endpoint", management.url]);
    expect(run).toEqual({
      code: 0,
      stdout:
        "checkout: flags/checkout.json vs appconfig://shop/prod/checkout: no changes\n" +
        "features: flags/features.json vs appconfig://shop/prod/features: no changes\n",
      stderr: "",
    });
    expect(data.requestCount("GetLatestConfiguration")).toBe(1);
    expect(management.requestCount("GetHostedConfigurationVersion")).toBe(1);
  });

  it("reports a Powertools file against a profile the data API serves as native feature flags as a change of format", async () => {
    const data = await startAppConfigDataServer();
    server = data;
    data.deployFeatureFlags("shop", "prod", "features", { version: "1", flags: { dark_mode: {} }, values: { dark_mode: { enabled: true } } });
    project = await makeProject({ "flags/features.json": SEED_FLAGS });
    const run = await runIn(project, ["diff", "--application", "shop", "--environment", "prod", "--endpoint", data.url]);
    expect(run.stdout).toBe(
      "features: flags/features.json vs appconfig://shop/prod/features\n" +
        "  ~ (document): format native AppConfig feature flags (an AWS.AppConfig.FeatureFlags profile) → Powertools feature flags (an AWS.Freeform profile); " +
        "code generated from the deployed version reads the other format  BREAKING\n",
    );
    expect(run.code).toBe(1);
  });

  it("cannot compare a Powertools file with a profile the data API serves as Ion (variants)", async () => {
    const data = await startAppConfigDataServer();
    server = data;
    data.deployFeatureFlags("shop", "prod", "features", DOCUMENT_B as unknown as StoredDocument);
    project = await makeProject({ "flags/features.json": SEED_FLAGS });
    const run = await runIn(project, ["diff", "--application", "shop", "--environment", "prod", "--endpoint", data.url]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("flagtype: AppConfig configuration shop/prod/features is served as Amazon Ion: the AWS.AppConfig.FeatureFlags profile has multi-variant flags");
    expect(run.stderr).toContain("flagtype: cannot compare features\n");
  });

  it("finds no drift once deploy --create-profile deployed the file", async () => {
    project = await makeProject({ "flags/checkout.json": json(NATIVE_LOCAL) });
    expect((await diffAgainst()).stdout).toBe("checkout: flags/checkout.json vs appconfig://shop/prod/checkout: not deployed yet\n");
    management.setProgression(["COMPLETE"]);
    const deploy = await runIn(project, ["deploy", "--application", "shop", "--environment", "prod", "--profile", "checkout", "--create-profile", "--endpoint", management.url]);
    expect(deploy.code).toBe(0);
    expect(await diffAgainst()).toEqual({ code: 0, stdout: "checkout: flags/checkout.json vs appconfig://shop/prod/checkout: no changes\n", stderr: "" });
  });
});

describe("flagtype diff usage", () => {
  it("documents its options", async () => {
    project = await makeProject({});
    const run = await runIn(project, ["diff", "--help"]);
    expect(run.code).toBe(0);
    for (const option of ["--flags", "--file", "--application", "--environment", "--profile", "--json", "--endpoint", "--management-endpoint", "--region"]) expect(run.stdout).toContain(option);
    expect(run.stdout).toContain("management API");
  });

  it.each([
    ["no baseline", ["diff"], "diff needs --file, or --application and --environment"],
    ["an application without environment", ["diff", "--application", "shop"], "diff needs --file, or --application and --environment"],
    ["--file with --application", ["diff", "--file", "x.json", "--application", "shop"], "mutually exclusive"],
    ["--file with --management-endpoint", ["diff", "--file", "x.json", "--management-endpoint", "http://127.0.0.1:1"], "mutually exclusive"],
    ["a bad --management-endpoint", ["diff", "--application", "shop", "--environment", "prod", "--management-endpoint", "local host"], "--management-endpoint must be a URL"],
    ["a --profile without its flags file", ["diff", "--file", "x.json", "--profile", "nope"], "--profile nope: no flags/nope.json to compare (flags files: features)"],
    ["a --profile without its flags file against AppConfig", ["diff", "--application", "shop", "--environment", "prod", "--profile", "nope"], "no flags/nope.json"],
  ])("exits 2 on %s", async (_label, argv, message) => {
    project = await makeProject({ "flags/features.json": SEED_FLAGS });
    const run = await runIn(project, argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
