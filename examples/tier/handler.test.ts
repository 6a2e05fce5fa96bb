import { afterEach, describe, expect, it } from "vitest";
import { createTestFeatures } from "../generated/features.js";
import { handler, type TierFeaturesAnswer } from "./handler.js";
import { sampleEvent, type SampleRequest } from "./sample-event.js";

let overrides: ReturnType<typeof createTestFeatures> | undefined;
afterEach(() => overrides?.restore());

/** Installs typed overrides for one test: flags not listed are evaluated against flags/features.json. */
function withFlags(values: Parameters<typeof createTestFeatures>[0]): void {
  overrides = createTestFeatures(values);
}

async function ask(request: SampleRequest): Promise<TierFeaturesAnswer> {
  const response = await handler(sampleEvent(request));
  expect(response.statusCode).toBe(200);
  expect(response.headers).toEqual({ "content-type": "application/json" });
  return JSON.parse(response.body) as TierFeaturesAnswer;
}

describe("premium_features", () => {
  it("follows its rule from flags/features.json: on for premium, off for other tiers", async () => {
    withFlags({});
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
    expect(answer).toEqual({ tier: "premium", features: { premium_features: true, tier_feature: false }, enabled: ["premium_features"] });
  });
});

describe("reading the tier from the request", () => {
  it("treats a missing or blank x-tier header as the free tier", async () => {
    withFlags({});
    expect((await ask({})).tier).toBe("free");
    expect((await ask({ tier: "  " })).tier).toBe("free");
  });

  it("matches the header name case-insensitively, as clients send it", async () => {
    withFlags({});
    const answer = await ask({ tier: "premium", header: "X-Tier" });
    expect(answer).toEqual({ tier: "premium", features: { premium_features: true, tier_feature: true }, enabled: ["premium_features", "tier_feature"] });
  });

  it("restoring the overrides brings back the previous layer", async () => {
    withFlags({ premium_features: true });
    const inner = createTestFeatures({ premium_features: false });
    expect((await ask({ tier: "free" })).features.premium_features).toBe(false);
    inner.restore();
    expect((await ask({ tier: "free" })).features.premium_features).toBe(true);
  });
});
