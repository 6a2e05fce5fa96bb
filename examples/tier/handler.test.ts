import { afterEach, describe, expect, it } from "vitest";
import { createTestFeatures as createCheckoutTestFeatures, type CheckoutFlagName, type CheckoutValues } from "../generated/checkout.js";
import { createTestFeatures, type FeaturesFlagName, type FeaturesValues } from "../generated/features.js";
import { handler, type TierFeaturesAnswer } from "./handler.js";
import { sampleEvent, type SampleRequest } from "./sample-event.js";

let restore: (() => void)[] = [];
afterEach(() => {
  for (const step of restore.splice(0).reverse()) step();
});

/**
 * Installs typed overrides of both modules for one test: flags not listed answer from the flags
 * files (a multi-variant flag: its default variant, since no agent evaluates its rules here).
 * Generic like `createTestFeatures`, so every flag listed needs a value of its type.
 */
function withFlags<N extends FeaturesFlagName = never, M extends CheckoutFlagName = never>(
  features?: Pick<FeaturesValues, N>,
  checkout?: Pick<CheckoutValues, M>,
): void {
  const layers = [createTestFeatures(features), createCheckoutTestFeatures(checkout)];
  restore.push(...layers.map((layer) => () => layer.restore()));
}

async function ask(request: SampleRequest): Promise<TierFeaturesAnswer> {
  const response = await handler(sampleEvent(request));
  expect(response.statusCode).toBe(200);
  expect(response.headers).toEqual({ "content-type": "application/json" });
  return JSON.parse(response.body) as TierFeaturesAnswer;
}

/** What flags/checkout.json answers without the agent: the default variant and the basic flag's value. */
const FILE_CHECKOUT = {
  checkout_banner: { variant: "Default", message: "Free shipping on orders over 50 USD" },
  express_checkout: { enabled: true, max_items: 10 },
};

describe("premium_features", () => {
  it("follows its rule from flags/features.json: on for premium, off for other tiers", async () => {
    withFlags();
    expect((await ask({ tier: "premium" })).features.premium_features).toBe(true);
    expect((await ask({ tier: "standard" })).features.premium_features).toBe(false);
    expect((await ask({ tier: "free" })).features.premium_features).toBe(false);
  });

  it("on: a free caller gets premium features when the flag is forced on", async () => {
    withFlags({ premium_features: true });
    const answer = await ask({ tier: "free" });
    expect(answer.features.premium_features).toBe(true);
    expect(answer.enabled).toEqual(["premium_features", "tier_feature"]);
  });

  it("off: a premium caller loses premium features when the flag is forced off", async () => {
    withFlags({ premium_features: false });
    const answer = await ask({ tier: "premium" });
    expect(answer.features.premium_features).toBe(false);
    expect(answer.enabled).toEqual(["tier_feature"]);
  });
});

describe("tier_feature", () => {
  it("on: every tier gets it (its default)", async () => {
    withFlags({ tier_feature: true });
    for (const tier of ["free", "standard", "premium"]) {
      expect((await ask({ tier })).features.tier_feature).toBe(true);
    }
  });

  it("off: nobody gets it, and it leaves the enabled list", async () => {
    withFlags({ tier_feature: false });
    const answer = await ask({ tier: "premium" });
    expect(answer).toEqual({
      tier: "premium",
      country: null,
      features: { premium_features: true, tier_feature: false },
      enabled: ["premium_features"],
      checkout: FILE_CHECKOUT,
    });
  });
});

describe("checkout_banner (multi-variant: the AppConfig agent picks the variant)", () => {
  it("without the agent answers the default variant of flags/checkout.json to every caller", async () => {
    withFlags();
    for (const request of [{ tier: "premium" }, { tier: "free", country: "DE" }, {}]) {
      expect((await ask(request)).checkout.checkout_banner).toEqual(FILE_CHECKOUT.checkout_banner);
    }
  });

  it("a variant the agent chose reaches the caller with its message", async () => {
    withFlags({}, { checkout_banner: { _variant: "Premium", enabled: true, message: "Free express shipping on every order" } });
    expect((await ask({ tier: "premium" })).checkout.checkout_banner).toEqual({ variant: "Premium", message: "Free express shipping on every order" });
  });

  it("a disabled variant names itself and shows no message", async () => {
    withFlags({}, { checkout_banner: { _variant: "Regional", enabled: false } });
    expect((await ask({ tier: "free", country: "AT" })).checkout.checkout_banner).toEqual({ variant: "Regional", message: null });
  });
});

describe("express_checkout", () => {
  it("on: answers its basket limit, from flags/checkout.json or forced", async () => {
    withFlags();
    expect((await ask({ tier: "free" })).checkout.express_checkout).toEqual({ enabled: true, max_items: 10 });
    withFlags({}, { express_checkout: { enabled: true, max_items: 3 } });
    expect((await ask({ tier: "free" })).checkout.express_checkout).toEqual({ enabled: true, max_items: 3 });
  });

  it("off: answers no limit at all", async () => {
    withFlags({}, { express_checkout: { enabled: false } });
    expect((await ask({ tier: "premium" })).checkout.express_checkout).toEqual({ enabled: false });
  });
});

describe("reading the caller from the request", () => {
  it("treats a missing or blank x-tier header as the free tier", async () => {
    withFlags();
    expect((await ask({})).tier).toBe("free");
    expect((await ask({ tier: "  " })).tier).toBe("free");
  });

  it("matches the header name case-insensitively, as clients send it", async () => {
    withFlags();
    const answer = await ask({ tier: "premium", header: "X-Tier" });
    expect(answer).toEqual({
      tier: "premium",
      country: null,
      features: { premium_features: true, tier_feature: true },
      enabled: ["premium_features", "tier_feature"],
      checkout: FILE_CHECKOUT,
    });
  });

  it("reads the country from x-country, else CloudFront-Viewer-Country, upper-cased; null when neither names one", async () => {
    withFlags();
    expect((await ask({ country: "de" })).country).toBe("DE");
    expect((await ask({ headers: { "CloudFront-Viewer-Country": "AT" } })).country).toBe("AT");
    expect((await ask({ country: "CH", headers: { "CloudFront-Viewer-Country": "US" } })).country).toBe("CH");
    expect((await ask({ country: " ", headers: { "cloudfront-viewer-country": "US" } })).country).toBe("US");
    expect((await ask({})).country).toBeNull();
  });

  it("restoring the overrides brings back the previous layer", async () => {
    withFlags({ premium_features: true });
    const inner = createTestFeatures({ premium_features: false });
    expect((await ask({ tier: "free" })).features.premium_features).toBe(false);
    inner.restore();
    expect((await ask({ tier: "free" })).features.premium_features).toBe(true);
  });
});
