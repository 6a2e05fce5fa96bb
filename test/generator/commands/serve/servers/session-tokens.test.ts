import { describe, expect, it } from "vitest";
import { TOKEN_LIFETIME_MS, TokenBook } from "../../../../../generator/commands/serve/servers/session-tokens.js";
import { manualClock } from "../../../../support/sdk-client.js";

const GRANT = { configurationKey: "k", seenVersion: 3, requiredMinimumSeconds: undefined };

describe("TokenBook", () => {
  it("redeems a token once", () => {
    const book = new TokenBook(manualClock().now);
    const token = book.issue(GRANT, 0);
    expect(book.redeem(token)).toEqual({ grant: expect.objectContaining(GRANT) });
    expect(book.redeem(token)).toEqual({ problem: "Corrupted" });
  });

  it("issues distinct opaque tokens", () => {
    const book = new TokenBook(manualClock().now);
    expect(new Set(Array.from({ length: 50 }, () => book.issue(GRANT, 0))).size).toBe(50);
  });

  it("expires a token at 24 hours", () => {
    const clock = manualClock();
    const book = new TokenBook(clock.now);
    const young = book.issue(GRANT, 0);
    const old = book.issue(GRANT, 0);
    clock.advance(TOKEN_LIFETIME_MS - 1);
    expect(book.redeem(young)).toHaveProperty("grant");
    clock.advance(1);
    expect(book.redeem(old)).toEqual({ problem: "Expired" });
    expect(book.redeem(old)).toEqual({ problem: "Corrupted" });
  });

  it("only enforces the earliest use time for sessions with a required minimum", () => {
    const clock = manualClock();
    const book = new TokenBook(clock.now);
    const free = book.issue(GRANT, clock.now() + 60_000);
    const bound = book.issue({ ...GRANT, requiredMinimumSeconds: 60 }, clock.now() + 60_000);
    expect(book.redeem(free)).toHaveProperty("grant");
    expect(book.redeem(bound)).toEqual({ problem: "PollIntervalNotSatisfied" });
    clock.advance(60_000);
    expect(book.redeem(bound)).toHaveProperty("grant");
  });
});
