import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StoredDocument } from "../../../generator/pipeline/load/native/stored/stored-document.js";
import { ConfigurationError } from "../../../runtime/errors.js";
import { defineNativeFeatures, type BuildTimeFlagsDocument } from "../../../runtime/typed/define-native-features.js";
import { startAppConfigAgentServer, type AppConfigAgentServer } from "../../support/local-servers.js";
import { DOCUMENT_D } from "../../support/native/doc-examples.js";

type Contexts = { readonly banner: { readonly country: string; readonly locale: string }; readonly dark_mode: undefined };
type Values = {
  readonly banner: { readonly _variant: "Holiday" | "Plain"; readonly enabled: boolean; readonly text?: string };
  readonly dark_mode: { readonly enabled: boolean };
};

const defaults = DOCUMENT_D as unknown as BuildTimeFlagsDocument;
const define = () => defineNativeFeatures<Contexts, Values>({ profile: "home", defaults });

let agent: AppConfigAgentServer;
beforeEach(async () => {
  agent = await startAppConfigAgentServer();
});
afterEach(() => agent.close());

describe("defineNativeFeatures", () => {
  it("reads multi-variant flags through the agent with the context, basic ones from the profile", async () => {
    const live = structuredClone(DOCUMENT_D) as unknown as { values: { dark_mode: { enabled: boolean } } };
    live.values.dark_mode.enabled = false;
    agent.deployFeatureFlags("shop", "prod", "home", live as unknown as StoredDocument);
    const features = define();
    features.configure({ store: "agent", application: "shop", environment: "prod", port: agent.port });
    expect(await features.evaluate("banner", { country: "US", locale: "en" })).toEqual({ _variant: "Holiday", enabled: true, text: "Happy holidays" });
    expect(await features.isEnabled("dark_mode")).toBe(false);
    expect(await features.getEnabledFeatures({ country: "DE", locale: "de" })).toEqual(["banner"]);
  });

  it("unconfigured: the build-time document answers (default variants) and the problem is logged once at error level", async () => {
    const logger = { warn: vi.fn(), error: vi.fn() };
    const features = define();
    features.configure({ logger });
    expect(await features.evaluate("banner", { country: "US", locale: "en" })).toEqual({ _variant: "Plain", enabled: true, text: "Welcome" });
    expect(await features.isEnabled("dark_mode")).toBe(true);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it("strict and misconfigured: every accessor rejects with a ConfigurationError naming the variable, test overrides still answer", async () => {
    const features = define();
    features.configure({ strict: true, store: "apconfig" as never });
    await expect(features.evaluate("dark_mode")).rejects.toBeInstanceOf(ConfigurationError);
    await expect(features.getEnabledFeatures()).rejects.toThrow(/unknown store/);
    const overrides = features.override({ dark_mode: { enabled: false } });
    expect(await features.isEnabled("dark_mode")).toBe(false);
    expect(await features.evaluate("banner", { country: "US", locale: "en" })).toEqual({ _variant: "Plain", enabled: true, text: "Welcome" });
    overrides.restore();
    await expect(features.isEnabled("dark_mode")).rejects.toBeInstanceOf(ConfigurationError);
  });
});
