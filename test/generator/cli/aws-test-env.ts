import { afterAll, beforeAll } from "vitest";

const FAKE_CREDENTIALS: Readonly<Record<string, string>> = {
  AWS_ACCESS_KEY_ID: "AKIDLOCALTEST",
  AWS_SECRET_ACCESS_KEY: "local-test-secret",
  AWS_REGION: "us-east-1",
  AWS_EC2_METADATA_DISABLED: "true",
};

/**
 * The CLI builds its AWS clients with the SDK's default credential chain, which reads the
 * environment first; local servers accept any signature. Saves and restores the variables.
 */
export function useFakeAwsEnvironment(): void {
  const saved = new Map<string, string | undefined>();
  beforeAll(() => {
    for (const [name, value] of Object.entries(FAKE_CREDENTIALS)) {
      saved.set(name, process.env[name]);
      process.env[name] = value;
    }
    saved.set("AWS_PROFILE", process.env["AWS_PROFILE"]);
    delete process.env["AWS_PROFILE"];
  });
  afterAll(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}
