import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { replaceMarkedBlock, TEMPLATE_BLOCKS } from "../../../examples/infrastructure/template-blocks.js";
import { toDraft04Schema } from "../../../generator/commands/schema/draft-04.js";
import { pairFlagsSources } from "../../../generator/pipeline/load/pair-flags-sources.js";
import { runPipeline } from "../../../generator/pipeline/run-pipeline.js";
import { AppConfigAgentStore } from "../../../runtime/stores/appconfig-agent-store.js";
import { resolveStore } from "../../../runtime/typed/resolve-store.js";
import { asObject, loadTemplate, referencedNames, resolveIntrinsics, ROOT, SAMPLE_BINDINGS, TEMPLATE_PATH } from "./template-model.js";

const template = loadTemplate();
const FLAGS_FILE = "flags/features.json";
const flagsText = readFileSync(`${ROOT}${FLAGS_FILE}`, "utf8");
const PROFILE = "features";
const CHECKOUT_FILE = "flags/checkout.json";
const checkoutText = readFileSync(`${ROOT}${CHECKOUT_FILE}`, "utf8");
const CHECKOUT = "checkout";
const PROFILES = [PROFILE, CHECKOUT];

const profile = template.properties("FeaturesProfile", "AWS::AppConfig::ConfigurationProfile");
const version = template.properties("FeaturesVersion", "AWS::AppConfig::HostedConfigurationVersion");
const checkoutProfile = template.properties("CheckoutProfile", "AWS::AppConfig::ConfigurationProfile");
const checkoutVersion = template.properties("CheckoutVersion", "AWS::AppConfig::HostedConfigurationVersion");
const fn = template.properties("TierFunction", "AWS::Serverless::Function");
const variables = asObject(asObject(fn["Environment"], "Environment")["Variables"], "Variables");

function validatorContent(): string {
  const validators = asObject(profile["Validators"], "Validators")["Fn::If"] as unknown[];
  expect(validators[0]).toBe("UseSchemaValidator");
  expect(validators[2]).toEqual({ Ref: "AWS::NoValue" });
  const [validator] = validators[1] as Record<string, unknown>[];
  expect(validator?.["Type"]).toBe("JSON_SCHEMA");
  return String(validator?.["Content"]);
}

describe("examples/infrastructure/template.yaml", () => {
  it("hosts flags/features.json byte for byte in a freeform profile named after the file", () => {
    expect(version["Content"]).toBe(flagsText);
    expect(version["ContentType"]).toBe("application/json");
    expect(version["ConfigurationProfileId"]).toEqual({ "Fn::GetAtt": ["FeaturesProfile", "ConfigurationProfileId"] });
    expect(profile).toMatchObject({ Name: PROFILE, LocationUri: "hosted", Type: "AWS.Freeform" });
    expect(FLAGS_FILE).toBe(`flags/${PROFILE}.json`);
    const generated = readFileSync(`${ROOT}examples/generated/${PROFILE}.ts`, "utf8");
    expect(generated).toContain(`profile: "${PROFILE}"`);
  });

  it("hosts flags/checkout.json (the stored document) byte for byte in an AWS.AppConfig.FeatureFlags profile named after the file", async () => {
    expect(checkoutVersion["Content"]).toBe(checkoutText);
    expect(checkoutVersion["ContentType"]).toBe("application/json");
    expect(checkoutVersion["ConfigurationProfileId"]).toEqual({ "Fn::GetAtt": ["CheckoutProfile", "ConfigurationProfileId"] });
    expect(checkoutProfile).toMatchObject({ Name: CHECKOUT, LocationUri: "hosted", Type: "AWS.AppConfig.FeatureFlags" });
    // AppConfig checks this type against its own schema on save; JSON Schema validators do not apply to it.
    expect(checkoutProfile["Validators"]).toBeUndefined();
    expect(CHECKOUT_FILE).toBe(`flags/${CHECKOUT}.json`);
    expect(readFileSync(`${ROOT}examples/generated/${CHECKOUT}.ts`, "utf8")).toContain(`profile: "${CHECKOUT}"`);
    const { sources } = pairFlagsSources("flags", [{ path: CHECKOUT_FILE, text: String(checkoutVersion["Content"]) }]);
    const { diagnostics } = await runPipeline(sources, { runtimeImport: "@flagtype/runtime" });
    expect(diagnostics.map((diagnostic) => `${diagnostic.line} ${diagnostic.code} ${diagnostic.message}`)).toEqual([]);
  });

  it("has one profile per flags file, and the handler reads each through its generated module", () => {
    const flagsFiles = readdirSync(`${ROOT}flags`).filter((name) => name.endsWith(".json") && !name.endsWith(".schema.json"));
    const profileNames = Object.values(template.resources)
      .filter((resource) => asObject(resource, "resource")["Type"] === "AWS::AppConfig::ConfigurationProfile")
      .map((resource) => asObject(asObject(resource, "resource")["Properties"], "Properties")["Name"]);
    expect(profileNames.sort()).toEqual(flagsFiles.map((name) => name.replace(/\.json$/, "")).sort());
    expect([...PROFILES].sort()).toEqual(profileNames);
    const handlerSources = readdirSync(`${ROOT}examples/tier`)
      .filter((name) => name.endsWith(".ts") && !name.includes(".test.") && !name.includes(".type-test."))
      .map((name) => readFileSync(`${ROOT}examples/tier/${name}`, "utf8"))
      .join("\n");
    const imported = [...handlerSources.matchAll(/from "\.\.\/generated\/([\w-]+)\.js"/g)].map((match) => match[1]);
    expect([...new Set(imported)].sort()).toEqual([...PROFILES].sort());
  });

  it("validates with the draft-04 schema flagtype derives from its document schema, and that accepts the flags", () => {
    const content = validatorContent();
    expect(content).toBe(`${JSON.stringify(toDraft04Schema(), null, 2)}\n`);
    expect(content.length).toBeLessThanOrEqual(32_768);
    // ajv has no draft-04 meta-schema installed; the keywords are draft-04's, so compile without it.
    const { $schema, ...schema } = JSON.parse(content) as Record<string, unknown>;
    expect($schema).toBe("http://json-schema.org/draft-04/schema#");
    const validate = new Ajv({ strict: false, validateSchema: false }).compile(schema);
    expect(validate(JSON.parse(flagsText))).toBe(true);
    expect(validate({ premium_features: { rules: {} } })).toBe(false);
  });

  it("is in sync: npm run sync:template would change nothing", () => {
    const schemaText = `${JSON.stringify(toDraft04Schema(), null, 2)}\n`;
    let synced = replaceMarkedBlock(template.text, TEMPLATE_BLOCKS.flags, flagsText);
    synced = replaceMarkedBlock(synced, TEMPLATE_BLOCKS.checkout, checkoutText);
    synced = replaceMarkedBlock(synced, TEMPLATE_BLOCKS.schema, schemaText);
    expect(synced).toBe(template.text);
  });

  it("deploys both versions to the environment with the strategy, one after the other, before the function", () => {
    const deployment = template.properties("FeaturesDeployment", "AWS::AppConfig::Deployment");
    expect(deployment).toEqual({
      ApplicationId: { "Fn::GetAtt": ["FlagsApplication", "ApplicationId"] },
      EnvironmentId: { "Fn::GetAtt": ["FlagsEnvironment", "EnvironmentId"] },
      ConfigurationProfileId: { "Fn::GetAtt": ["FeaturesProfile", "ConfigurationProfileId"] },
      ConfigurationVersion: { Ref: "FeaturesVersion" },
      DeploymentStrategyId: { Ref: "FeaturesDeploymentStrategy" },
    });
    expect(template.properties("CheckoutDeployment", "AWS::AppConfig::Deployment")).toEqual({
      ApplicationId: { "Fn::GetAtt": ["FlagsApplication", "ApplicationId"] },
      EnvironmentId: { "Fn::GetAtt": ["FlagsEnvironment", "EnvironmentId"] },
      ConfigurationProfileId: { "Fn::GetAtt": ["CheckoutProfile", "ConfigurationProfileId"] },
      ConfigurationVersion: { Ref: "CheckoutVersion" },
      DeploymentStrategyId: { Ref: "FeaturesDeploymentStrategy" },
    });
    // An environment takes one deployment at a time: the second waits for the first.
    expect(asObject(template.resources["CheckoutDeployment"], "CheckoutDeployment")["DependsOn"]).toBe("FeaturesDeployment");
    expect(template.properties("FeaturesDeploymentStrategy", "AWS::AppConfig::DeploymentStrategy")).toMatchObject({ GrowthFactor: 100 });
    expect(asObject(template.resources["TierFunction"], "TierFunction")["DependsOn"]).toEqual(["FeaturesDeployment", "CheckoutDeployment"]);
  });

  it("sets the environment variables both generated modules read: an agent store each, for the profile named after its file", () => {
    const env = resolveIntrinsics(variables, SAMPLE_BINDINGS) as Record<string, string>;
    const paths = PROFILES.map((name) => {
      const choice = resolveStore({}, name, env);
      expect("store" in choice && choice.store).toBeInstanceOf(AppConfigAgentStore);
      return new URL((choice as { store: AppConfigAgentStore }).store.url).pathname;
    });
    expect(paths).toEqual(["/applications/abc1234/environments/def5678/configurations/features", "/applications/abc1234/environments/def5678/configurations/checkout"]);
    // The extension prefetches exactly what the modules will ask for.
    expect(env["AWS_APPCONFIG_EXTENSION_PREFETCH_LIST"]?.split(",")).toEqual(paths);
    // FLAGTYPE_APPCONFIG_PROFILE would send both modules to one profile.
    const flagtypeVariables = Object.keys(variables).filter((name) => name.startsWith("FLAGTYPE_")).sort();
    expect(flagtypeVariables).toEqual(["FLAGTYPE_APPCONFIG_APPLICATION", "FLAGTYPE_APPCONFIG_ENVIRONMENT", "FLAGTYPE_STORE"]);
  });

  it("lets the function read exactly those two configurations, by id", () => {
    const policies = resolveIntrinsics(fn["Policies"], SAMPLE_BINDINGS);
    expect(policies).toEqual([
      {
        Statement: [
          {
            Sid: "ReadFeatureFlags",
            Effect: "Allow",
            Action: ["appconfig:StartConfigurationSession", "appconfig:GetLatestConfiguration"],
            Resource: [
              "arn:aws:appconfig:eu-west-1:123456789012:application/abc1234/environment/def5678/configuration/ghi9012",
              "arn:aws:appconfig:eu-west-1:123456789012:application/abc1234/environment/def5678/configuration/jkl3456",
            ],
          },
        ],
      },
    ]);
  });

  it("adds the x86_64 AppConfig extension layer of the deployment region, or the ARN given as a parameter", () => {
    expect(fn["Architectures"]).toEqual(["x86_64"]);
    // Lambda's Node.js 20 runtime reaches end of life in 2026; 22 is the oldest one still supported.
    expect(Number(/^nodejs(\d+)\.x$/.exec(String(fn["Runtime"]))?.[1])).toBeGreaterThanOrEqual(22);
    expect(fn["Layers"]).toEqual([
      {
        "Fn::If": [
          "HasLayerOverride",
          { Ref: "AppConfigExtensionLayerArn" },
          { "Fn::FindInMap": ["AppConfigExtensionLayers", { Ref: "AWS::Region" }, "Arn"] },
        ],
      },
    ]);
    const layers = asObject(template.mappings["AppConfigExtensionLayers"], "AppConfigExtensionLayers");
    expect(Object.keys(layers).length).toBeGreaterThanOrEqual(10);
    for (const [region, entry] of Object.entries(layers)) {
      expect(asObject(entry, region)["Arn"]).toMatch(new RegExp(`^arn:aws:lambda:${region}:\\d{12}:layer:AWS-AppConfig-Extension:\\d+$`));
    }
  });

  it("builds the handler the example defines and routes GET /features to it", () => {
    const build = asObject(asObject(asObject(template.resources["TierFunction"], "TierFunction")["Metadata"], "Metadata")["BuildProperties"], "BuildProperties");
    expect(build["EntryPoints"]).toEqual(["examples/tier/handler.ts"]);
    // SAM resolves CodeUri against the template's folder: the package root, where package.json is.
    expect(join(dirname(TEMPLATE_PATH), String(fn["CodeUri"]), "examples/tier/handler.ts")).toBe(`${ROOT}examples/tier/handler.ts`);
    expect(fn["Handler"]).toBe("handler.handler");
    expect(readFileSync(`${ROOT}examples/tier/handler.ts`, "utf8")).toMatch(/^export async function handler\(/m);
    expect(fn["Events"]).toEqual({ GetFeatures: { Type: "Api", Properties: { Path: "/features", Method: "get" } } });
    const url = asObject(template.outputs["FeaturesUrl"], "FeaturesUrl")["Value"];
    expect(url).toEqual({ "Fn::Sub": "https://${ServerlessRestApi}.execute-api.${AWS::Region}.amazonaws.com/Prod/features" });
  });

  it("refers only to resources, parameters and pseudo parameters it defines", () => {
    const known = new Set([...Object.keys(template.resources), ...Object.keys(template.parameters), "ServerlessRestApi"]);
    const unknown = referencedNames([template.resources, template.outputs, template.conditions]).filter(
      (name) => !known.has(name) && !name.startsWith("AWS::"),
    );
    expect(unknown).toEqual([]);
    const conditionsUsed = JSON.stringify(template.resources).match(/"(UseSchemaValidator|HasLayerOverride)"/g) ?? [];
    expect(new Set(conditionsUsed).size).toBe(Object.keys(template.conditions).length);
  });
});
