import { describe, expect, test } from "vitest";
import { AppConfigAgentStore } from "../../../runtime/stores/appconfig-agent-store.js";
import { AppConfigStore } from "../../../runtime/stores/appconfig-store.js";
import { FileStore } from "../../../runtime/stores/file-store.js";
import { InMemoryStore } from "../../../runtime/stores/in-memory-store.js";
import { resolveStore } from "../../../runtime/typed/resolve-store.js";

const env = {
  FLAGTYPE_APPCONFIG_APPLICATION: "shop",
  FLAGTYPE_APPCONFIG_ENVIRONMENT: "prod",
};

describe("resolveStore", () => {
  test("a store object is used as is", () => {
    const store = new InMemoryStore({});
    expect(resolveStore({ store }, "features", env)).toEqual({ store });
  });

  test("nothing configured: no store, and why", () => {
    expect(resolveStore({}, "features", {})).toEqual({ problem: "no store configured" });
  });

  test("application and environment from the environment select the AppConfig data API", () => {
    const choice = resolveStore({}, "features", env);
    expect("store" in choice && choice.store).toBeInstanceOf(AppConfigStore);
  });

  test("FLAGTYPE_STORE=agent selects the agent; the profile defaults to the flags file name", () => {
    const choice = resolveStore({}, "features", { ...env, FLAGTYPE_STORE: "agent" });
    const store = "store" in choice ? (choice.store as AppConfigAgentStore) : undefined;
    expect(store).toBeInstanceOf(AppConfigAgentStore);
    expect(store?.url).toContain("/applications/shop/environments/prod/configurations/features");
  });

  test("options win over environment variables", () => {
    const choice = resolveStore({ store: "agent", application: "a", environment: "e", profile: "p", port: 9999 }, "features", {
      ...env,
      FLAGTYPE_APPCONFIG_PROFILE: "from-env",
    });
    const store = "store" in choice ? (choice.store as AppConfigAgentStore) : undefined;
    expect(store?.url).toContain(":9999/applications/a/environments/e/configurations/p");
  });

  test("FLAGTYPE_APPCONFIG_PROFILE replaces the default profile", () => {
    const choice = resolveStore({ store: "agent" }, "features", { ...env, FLAGTYPE_APPCONFIG_PROFILE: "other" });
    expect("store" in choice && (choice.store as AppConfigAgentStore).url).toContain("/configurations/other");
  });

  test("file:<path> selects a file store", () => {
    const choice = resolveStore({}, "features", { FLAGTYPE_STORE: "file:flags/features.json" });
    expect("store" in choice && (choice.store as FileStore).path).toBe("flags/features.json");
  });

  const maxAgeOf = (choice: ReturnType<typeof resolveStore>) =>
    "store" in choice ? (choice.store as unknown as { options: { maxAge?: number } }).options.maxAge : "no store";

  test("FLAGTYPE_MAX_AGE sets the cache age; the option wins over it", () => {
    expect(maxAgeOf(resolveStore({}, "features", { ...env, FLAGTYPE_MAX_AGE: "30" }))).toBe(30);
    expect(maxAgeOf(resolveStore({}, "features", { ...env, FLAGTYPE_MAX_AGE: " " }))).toBeUndefined();
    expect(maxAgeOf(resolveStore({ maxAge: 2 }, "features", { ...env, FLAGTYPE_MAX_AGE: "30" }))).toBe(2);
  });

  test.each([
    [{ FLAGTYPE_STORE: "s3" }, "unknown store"],
    [{ FLAGTYPE_STORE: "file:" }, "unknown store"],
    [{ FLAGTYPE_STORE: "appconfig" }, "needs an application and an environment"],
    [{ FLAGTYPE_STORE: "agent", FLAGTYPE_APPCONFIG_APPLICATION: "shop" }, "needs an application and an environment"],
    [{ ...env, FLAGTYPE_MAX_AGE: "soon" }, "FLAGTYPE_MAX_AGE must be a number of seconds"],
    [{ ...env, FLAGTYPE_MAX_AGE: "-1" }, "FLAGTYPE_MAX_AGE must be a number of seconds"],
  ])("%j is a problem: %s", (environment, message) => {
    const choice = resolveStore({}, "features", environment);
    expect("problem" in choice && choice.problem).toContain(message);
  });
});
