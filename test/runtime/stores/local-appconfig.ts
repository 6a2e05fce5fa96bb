import type { AppConfigDataClient } from "@aws-sdk/client-appconfigdata";
import { afterEach, beforeEach } from "vitest";
import { startAppConfigDataServer, type AppConfigDataServer } from "../../support/local-servers.js";
import { AppConfigStore, type AppConfigStoreOptions } from "../../../runtime/stores/appconfig-store.js";
import { localDataClient, manualClock } from "../../support/sdk-client.js";

/** What each test gets: a fresh local data API, its manual clock, and stores using a real SDK client for it. */
export interface LocalAppConfig {
  readonly clock: ReturnType<typeof manualClock>;
  readonly server: AppConfigDataServer;
  /** An `AppConfigStore` for shop/prod/features on this client and clock; `options` win over the file's defaults. */
  storeWith(options?: Partial<AppConfigStoreOptions>): AppConfigStore;
}

interface Running {
  readonly clock: ReturnType<typeof manualClock>;
  readonly server: AppConfigDataServer;
  readonly client: AppConfigDataClient;
}

/**
 * Registers hooks that start a data API (15 s default poll interval) with `document` deployed as
 * shop/prod/features before each test, and stop it after. Call once at the top of a test file.
 * @example
 * const local = useLocalAppConfig({ beta: { default: false } }, { maxAge: 15 });
 * it("reads", async () => expect(await local.storeWith().getConfiguration()).toEqual({ beta: { default: false } }));
 */
export function useLocalAppConfig(document: unknown, storeDefaults: Partial<AppConfigStoreOptions> = {}): LocalAppConfig {
  let running: Running | undefined;
  const live = (): Running => {
    if (!running) throw new Error("useLocalAppConfig: the local server only exists inside a test");
    return running;
  };
  beforeEach(async () => {
    const clock = manualClock();
    const server = await startAppConfigDataServer({ now: clock.now, defaultPollIntervalSeconds: 15 });
    server.deploy("shop", "prod", "features", document);
    running = { clock, server, client: localDataClient(server.url) };
  });
  afterEach(async () => {
    const stopping = running;
    running = undefined;
    stopping?.client.destroy();
    await stopping?.server.close();
  });
  return {
    get clock() {
      return live().clock;
    },
    get server() {
      return live().server;
    },
    storeWith: (options = {}) =>
      new AppConfigStore({
        application: "shop",
        environment: "prod",
        profile: "features",
        client: live().client,
        clock: live().clock.date,
        ...storeDefaults,
        ...options,
      }),
  };
}
