import { describe, expect, it } from "vitest";
import { SYSTEM_CLOCK } from "../../../generator/cli-kit/clock.js";

// Only what does not depend on how fast the machine is: an abort ends a long sleep, whatever the load.

describe("SYSTEM_CLOCK", () => {
  it("ends a sleep as soon as its signal aborts", async () => {
    const interrupt = new AbortController();
    const sleeping = SYSTEM_CLOCK.sleep(3_600_000, interrupt.signal);
    interrupt.abort();
    await expect(sleeping).resolves.toBeUndefined();
  });

  it("does not sleep at all on a signal that already aborted", async () => {
    await expect(SYSTEM_CLOCK.sleep(3_600_000, AbortSignal.abort())).resolves.toBeUndefined();
  });

  it("sleeps without a signal, and reads the wall clock", async () => {
    const before = Date.now();
    await SYSTEM_CLOCK.sleep(1);
    expect(SYSTEM_CLOCK.now()).toBeGreaterThanOrEqual(before);
  });
});
