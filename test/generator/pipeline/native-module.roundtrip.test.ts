import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { StoredDocument } from "../../../generator/pipeline/load/native/stored/stored-document.js";
import { startAppConfigAgentServer, type AppConfigAgentServer } from "../../support/local-servers.js";
import * as shop from "../fixtures/native/expected/shop.js";
import { FIXTURES_DIR } from "./fixture-cases.js";

// The generated native module at run time: the build-time answers until configured, then the
// answers of `flagtype serve`'s agent (variants evaluated for the context), and test overrides.

const quiet = { warn: vi.fn(), error: vi.fn() };
let agent: AppConfigAgentServer;
beforeAll(async () => {
  agent = await startAppConfigAgentServer();
  const document = JSON.parse(await readFile(`${FIXTURES_DIR}native/flags/shop.json`, "utf8")) as StoredDocument;
  agent.deployFeatureFlags("local", "local", "shop", document);
});
afterAll(() => agent.close());

describe("a generated native module", () => {
  test("embeds the stored document and answers from it while unconfigured: basic values and default variants", async () => {
    shop.configureFeatures({ logger: quiet });
    expect(await shop.getCheckoutV2()).toEqual({ enabled: true, max_items: 50, theme: "dark", regions: ["eu-west-1"], beta_badge: false, "free-form": "x" });
    expect(await shop.isKillSwitchEnabled()).toBe(false);
    expect(await shop.getNewSearch({ email: "a@example.com", plan: "pro", age: 30 })).toEqual({ _variant: "Default", enabled: false });
    expect(await shop.getEnabledFeatures()).toEqual(["checkout_v2"]);
  });

  test("through the agent: variants chosen for the context, the whole profile in one call for getEnabledFeatures", async () => {
    quiet.error.mockClear();
    shop.configureFeatures({ store: "agent", application: "local", environment: "local", port: agent.port, logger: quiet });
    expect(await shop.getNewSearch({ email: "ana@example.com", plan: "free", age: 10 })).toEqual({ _variant: "Staff", enabled: true, ranking: "vector" });
    expect(await shop.getNewSearch({ email: "bo@mail.test", plan: "pro", beta: "yes", age: 10 })).toEqual({ _variant: "Beta", enabled: true, ranking: "vector" });
    expect(await shop.getNewSearch({ email: "bo@mail.test", plan: "free", age: 40 })).toEqual({ _variant: "Adults", enabled: true, ranking: "bm25" });
    expect(await shop.isNewSearchEnabled({ email: "bo@mail.test", plan: "free", age: 17 })).toBe(false);
    expect(await shop.evaluate("kill_switch")).toEqual({ enabled: false });
    expect(await shop.getEnabledFeatures({ email: "ana@example.com" })).toEqual(["checkout_v2", "new_search"]);
    expect(quiet.warn).not.toHaveBeenCalled();
    expect(quiet.error).not.toHaveBeenCalled();
  });

  test("createTestFeatures overrides answers until restored", async () => {
    const flags = shop.createTestFeatures({ kill_switch: { enabled: true } });
    expect(await shop.isKillSwitchEnabled()).toBe(true);
    expect(await shop.getNewSearch({ email: "ana@example.com", plan: "free", age: 10 })).toEqual({ _variant: "Default", enabled: false });
    flags.restore();
    expect(await shop.isKillSwitchEnabled()).toBe(false);
  });
});
