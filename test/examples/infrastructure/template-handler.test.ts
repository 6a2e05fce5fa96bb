import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withStandardTierPremium } from "../../../examples/demo/changed-rule.js";
import type { handler as exampleHandler } from "../../../examples/tier/handler.js";
import { sampleEvent } from "../../../examples/tier/sample-event.js";
import { startAppConfigAgentServer, type AppConfigAgentServer } from "../../support/local-servers.js";
import { asObject, loadTemplate, resolveIntrinsics, SAMPLE_BINDINGS, TEMPLATE_PATH } from "./template-model.js";

const template = loadTemplate();
const resource = asObject(template.resources["TierFunction"], "TierFunction");
const fn = template.properties("TierFunction", "AWS::Serverless::Function");
const buildProperties = asObject(asObject(resource["Metadata"], "Metadata")["BuildProperties"], "BuildProperties");

/** esbuild run with the template's BuildProperties, as `sam build` does; returns the bundle per entry point. */
async function buildLikeSam(outdir: string): Promise<string> {
  // SAM resolves CodeUri against the template's folder.
  const codeUri = join(dirname(TEMPLATE_PATH), String(fn["CodeUri"]));
  const [outExtension = ""] = buildProperties["OutExtension"] as string[];
  const [from = ".js", to = ".js"] = outExtension.split("=");
  await build({
    absWorkingDir: codeUri,
    entryPoints: (buildProperties["EntryPoints"] as string[]).map((entry) => join(codeUri, entry)),
    bundle: true,
    platform: "node",
    format: buildProperties["Format"] as "esm",
    target: String(buildProperties["Target"]),
    minify: buildProperties["Minify"] === true,
    sourcemap: buildProperties["Sourcemap"] === true,
    external: buildProperties["External"] as string[],
    outExtension: { [from]: to },
    outdir,
    logLevel: "error",
  });
  const [file = "", exported = ""] = String(fn["Handler"]).split(".");
  expect(exported).toBe("handler");
  return join(outdir, `${file}${to}`);
}

describe("the template's function, bundled as sam build would and run with the template's environment", () => {
  let outdir: string;
  let agent: AppConfigAgentServer;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    outdir = await mkdtemp(join(tmpdir(), "flagtype-sam-"));
    agent = await startAppConfigAgentServer();
  });

  afterAll(async () => {
    process.env = savedEnv;
    await agent.close();
    await rm(outdir, { recursive: true, force: true });
  });

  it("answers from the configuration the AppConfig extension serves for the template's ids", async () => {
    const bundle = await buildLikeSam(outdir);
    const hosted = template.properties("FeaturesVersion", "AWS::AppConfig::HostedConfigurationVersion");
    const operatorsChange = withStandardTierPremium(JSON.parse(String(hosted["Content"])));
    const ids = SAMPLE_BINDINGS;
    agent.deploy(ids["FlagsApplication.ApplicationId"], ids["FlagsEnvironment.EnvironmentId"], ids["FeaturesProfile.ConfigurationProfileId"], operatorsChange);
    const variables = resolveIntrinsics(asObject(fn["Environment"], "Environment")["Variables"], SAMPLE_BINDINGS) as Record<string, string>;
    Object.assign(process.env, variables, { AWS_APPCONFIG_EXTENSION_HTTP_PORT: String(agent.port) });

    const { handler } = (await import(pathToFileURL(bundle).href)) as { handler: typeof exampleHandler };
    const response = await handler(sampleEvent({ tier: "standard" }));
    expect(response.statusCode).toBe(200);
    // Only the deployed (changed) document turns premium features on for the standard tier.
    expect(JSON.parse(response.body)).toEqual({
      tier: "standard",
      features: { premium_features: true, tier_feature: true },
      enabled: ["premium_features", "tier_feature"],
    });
    expect(agent.requestCount("GetConfiguration")).toBeGreaterThanOrEqual(1);
  });
});
