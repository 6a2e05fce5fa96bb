import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withStandardTierPremium } from "../../../examples/demo/changed-rule.js";
import { withStandardTierPremiumBanner } from "../../../examples/demo/changed-variant.js";
import type { handler as exampleHandler } from "../../../examples/tier/handler.js";
import { sampleEvent, type SampleRequest } from "../../../examples/tier/sample-event.js";
import type { StoredDocument } from "../../../generator/pipeline/load/native/stored/stored-document.js";
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

  it("answers from the configurations the AppConfig extension serves for the template's ids and profile names", async () => {
    const bundle = await buildLikeSam(outdir);
    const hosted = (logicalId: string): unknown =>
      JSON.parse(String(template.properties(logicalId, "AWS::AppConfig::HostedConfigurationVersion")["Content"]));
    // The operators' changes, so that only the deployed documents (not the build-time ones) give these answers.
    const features = withStandardTierPremium(hosted("FeaturesVersion"));
    const checkout = withStandardTierPremiumBanner(hosted("CheckoutVersion")) as unknown as StoredDocument;
    const ids = SAMPLE_BINDINGS;
    const [application, environment] = [ids["FlagsApplication.ApplicationId"], ids["FlagsEnvironment.EnvironmentId"]];
    agent.deploy(application, environment, "features", features);
    agent.deployFeatureFlags(application, environment, "checkout", checkout);
    const variables = resolveIntrinsics(asObject(fn["Environment"], "Environment")["Variables"], SAMPLE_BINDINGS) as Record<string, string>;
    for (const name of Object.keys(process.env).filter((key) => key.startsWith("FLAGTYPE_"))) delete process.env[name];
    Object.assign(process.env, variables, { AWS_APPCONFIG_EXTENSION_HTTP_PORT: String(agent.port) });

    const { handler } = (await import(pathToFileURL(bundle).href)) as { handler: typeof exampleHandler };
    const ask = async (request: SampleRequest): Promise<unknown> => {
      const response = await handler(sampleEvent(request));
      expect(response.statusCode).toBe(200);
      return JSON.parse(response.body);
    };
    expect(await ask({ tier: "standard", headers: { "CloudFront-Viewer-Country": "DE" } })).toEqual({
      tier: "standard",
      country: "DE",
      features: { premium_features: true, tier_feature: true },
      enabled: ["premium_features", "tier_feature"],
      checkout: {
        checkout_banner: { variant: "Premium", message: "Free express shipping on every order" },
        express_checkout: { enabled: true, max_items: 10 },
      },
    });
    const free = (await ask({ tier: "free", headers: { "CloudFront-Viewer-Country": "AT" } })) as { checkout: unknown };
    expect(free.checkout).toMatchObject({ checkout_banner: { variant: "Regional", message: "Kostenloser Versand ab 50 EUR" } });
    expect(agent.requestCount("GetConfiguration")).toBeGreaterThanOrEqual(3);
  });
});
