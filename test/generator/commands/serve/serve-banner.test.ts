import { describe, expect, it } from "vitest";
import { serveBanner, shellWord } from "../../../../generator/commands/serve/serve-banner.js";

describe("serveBanner", () => {
  it("names both endpoints and the variables that point a store at each", () => {
    const banner = serveBanner({
      flagsDisplay: "flags",
      application: "shop",
      environment: "my dev",
      pollIntervalSeconds: 5,
      dataApiUrl: "http://127.0.0.1:2773",
      agentUrl: "http://127.0.0.1:2772",
      agentPort: 2772,
    }).split("\n");
    expect(banner).toContain("  AppConfig data API  http://127.0.0.1:2773");
    expect(banner).toContain("  AppConfig agent     http://127.0.0.1:2772");
    expect(banner).toContain("  FLAGTYPE_STORE=appconfig FLAGTYPE_APPCONFIG_APPLICATION=shop FLAGTYPE_APPCONFIG_ENVIRONMENT='my dev'");
    expect(banner).toContain("  AWS_ENDPOINT_URL_APPCONFIGDATA=http://127.0.0.1:2773 AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local");
    expect(banner.at(-1)).toBe("  FLAGTYPE_STORE=agent FLAGTYPE_APPCONFIG_APPLICATION=shop FLAGTYPE_APPCONFIG_ENVIRONMENT='my dev' AWS_APPCONFIG_EXTENSION_HTTP_PORT=2772");
  });
});

describe("shellWord", () => {
  it.each([
    ["local", "local"],
    ["http://127.0.0.1:2773", "http://127.0.0.1:2773"],
    ["my app", "'my app'"],
    ["it's", "'it'\\''s'"],
    ["$HOME", "'$HOME'"],
    ["", "''"],
  ])("%j → %s", (value, word) => {
    expect(shellWord(value)).toBe(word);
  });
});
