import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureFeatures as configureCheckout } from "../../../examples/generated/checkout.js";
import { configureFeatures } from "../../../examples/generated/features.js";
import { handler, type TierFeaturesAnswer } from "../../../examples/tier/handler.js";
import { sampleEvent, type SampleRequest } from "../../../examples/tier/sample-event.js";
import type { StoredDocument } from "../../../generator/pipeline/load/native/stored/stored-document.js";
import { startAppConfigAgentServer, type AppConfigAgentServer } from "../../support/local-servers.js";

const ROOT = new URL("../../../", import.meta.url);
const CHECKOUT = JSON.parse(readFileSync(new URL("flags/checkout.json", ROOT), "utf8")) as StoredDocument;
const [APPLICATION, ENVIRONMENT] = ["shop", "prod"];

async function ask(request: SampleRequest): Promise<TierFeaturesAnswer> {
  const response = await handler(sampleEvent(request));
  expect(response.statusCode).toBe(200);
  return JSON.parse(response.body) as TierFeaturesAnswer;
}

// The rules of flags/checkout.json as the AppConfig agent evaluates them (here flagtype serve's
// agent paths): what createTestFeatures cannot show, since without the agent the default variant answers.
describe("the handler's checkout banner, variants chosen by the agent from the caller's tier and country", () => {
  let agent: AppConfigAgentServer;

  beforeAll(async () => {
    agent = await startAppConfigAgentServer();
    agent.deployFeatureFlags(APPLICATION, ENVIRONMENT, "checkout", CHECKOUT);
    configureFeatures({ store: `file:${new URL("flags/features.json", ROOT).pathname}` });
    configureCheckout({ store: "agent", application: APPLICATION, environment: ENVIRONMENT, port: agent.port, strict: true });
  });

  afterAll(() => agent.close());

  it.each([
    [{ tier: "premium" }, "Premium", "Free express shipping on every order"],
    [{ tier: "premium", country: "DE" }, "Premium", "Free express shipping on every order"],
    [{ tier: "free", country: "DE" }, "Regional", "Kostenloser Versand ab 50 EUR"],
    [{ tier: "standard", headers: { "CloudFront-Viewer-Country": "CH" } }, "Regional", "Kostenloser Versand ab 50 EUR"],
    [{ tier: "free", country: "at" }, "Regional", "Kostenloser Versand ab 50 EUR"],
    [{ tier: "standard", country: "US" }, "Default", "Free shipping on orders over 50 USD"],
    [{ tier: "free" }, "Default", "Free shipping on orders over 50 USD"],
  ] satisfies [SampleRequest, string, string][])("%j gets the %s variant", async (request, variant, message) => {
    const before = agent.requestCount("GetConfiguration");
    expect((await ask(request)).checkout.checkout_banner).toEqual({ variant, message });
    expect(agent.requestCount("GetConfiguration")).toBeGreaterThan(before);
  });

  it("answers the basic express_checkout flag from the agent's profile map", async () => {
    expect((await ask({ tier: "free" })).checkout.express_checkout).toEqual({ enabled: true, max_items: 10 });
  });

  it("follows a deployed change of a variant rule on the next request (the banner is not cached)", async () => {
    const variants = CHECKOUT.values?.["checkout_banner"]?._variants ?? [];
    const regionalFirst = { ...CHECKOUT, values: { ...CHECKOUT.values, checkout_banner: { _variants: [variants[1], variants[0], variants[2]] } } };
    agent.deployFeatureFlags(APPLICATION, ENVIRONMENT, "checkout", regionalFirst as StoredDocument);
    expect((await ask({ tier: "premium", country: "DE" })).checkout.checkout_banner.variant).toBe("Regional");
    agent.deployFeatureFlags(APPLICATION, ENVIRONMENT, "checkout", CHECKOUT);
    expect((await ask({ tier: "premium", country: "DE" })).checkout.checkout_banner.variant).toBe("Premium");
  });
});
