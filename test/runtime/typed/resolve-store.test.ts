import { describe, expect, test } from "vitest";
import { ConfigurationError } from "../../../runtime/errors.js";
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

  test("nothing configured: no store, and a configuration error naming FLAGTYPE_STORE and its values", () => {
    const choice = resolveStore({}, "features", {});
    const problem = "problem" in choice ? choice.problem : undefined;
    expect(problem).toBeInstanceOf(ConfigurationError);
    expect(problem?.variable).toBe("FLAGTYPE_STORE");
    expect(problem?.validValues).toEqual(['"appconfig"', '"agent"', '"file:<path>"']);
    expect(problem?.message).toMatch(/^flagtype: no store configured: set FLAGTYPE_STORE to "appconfig", "agent" or "file:<path>"/);
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
    [{ FLAGTYPE_STORE: "apconfig" }, "FLAGTYPE_STORE", 'FLAGTYPE_STORE is "apconfig", an unknown store; expected "appconfig", "agent" or "file:<path>"'],
    [{ FLAGTYPE_STORE: "file:" }, "FLAGTYPE_STORE", 'FLAGTYPE_STORE is "file:", an unknown store'],
    [{ FLAGTYPE_STORE: "appconfig" }, "FLAGTYPE_APPCONFIG_APPLICATION", 'store "appconfig" needs FLAGTYPE_APPCONFIG_APPLICATION and FLAGTYPE_APPCONFIG_ENVIRONMENT'],
    [{ FLAGTYPE_STORE: "agent", FLAGTYPE_APPCONFIG_APPLICATION: "shop" }, "FLAGTYPE_APPCONFIG_ENVIRONMENT", 'store "agent" needs FLAGTYPE_APPCONFIG_ENVIRONMENT (or'],
    [{ ...env, FLAGTYPE_MAX_AGE: "soon" }, "FLAGTYPE_MAX_AGE", 'FLAGTYPE_MAX_AGE is "soon"; expected a number of seconds >= 0'],
    [{ ...env, FLAGTYPE_MAX_AGE: "-1" }, "FLAGTYPE_MAX_AGE", 'FLAGTYPE_MAX_AGE is "-1"; expected a number of seconds >= 0'],
  ])("%j is a configuration error naming %s", (environment, variable, message) => {
    const choice = resolveStore({}, "features", environment);
    const problem = "problem" in choice ? choice.problem : undefined;
    expect(problem?.variable).toBe(variable);
    expect(problem?.message).toContain(message);
  });

  test("an unknown store given as an option names the option", () => {
    const choice = resolveStore({ store: "s3" as "agent" }, "features", env);
    expect("problem" in choice && choice.problem.variable).toBe("the store option");
  });
});
