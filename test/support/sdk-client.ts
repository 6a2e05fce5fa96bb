import { AppConfigDataClient } from "@aws-sdk/client-appconfigdata";

/**
 * A real AppConfig data client pointed at a local server. `maxAttempts: 1` turns
 * the SDK's own jittered retries off so request counts are exact.
 */
export function localDataClient(url: string, maxAttempts = 1): AppConfigDataClient {
  return new AppConfigDataClient({
    endpoint: url,
    region: "us-east-1",
    credentials: { accessKeyId: "x", secretAccessKey: "y" },
    maxAttempts,
  });
}

/** A mutable clock in milliseconds for servers and stores under test. */
export function manualClock(start = Date.UTC(2025, 0, 1)): { now: () => number; date: () => Date; advance(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    date: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
}
