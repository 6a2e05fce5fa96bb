import { randomBytes } from "node:crypto";

/** The service's `Problem` values for a rejected `ConfigurationToken`. */
export type TokenProblem = "Corrupted" | "Expired" | "PollIntervalNotSatisfied";

/** What a token stands for: a session position on one configuration. */
export interface TokenGrant {
  /** Registry key of the configuration the session reads. */
  readonly configurationKey: string;
  /** Version the holder already has; `undefined` means it must be sent the body. */
  readonly seenVersion: number | undefined;
  /** The session's `RequiredMinimumPollIntervalInSeconds`, when it set one. */
  readonly requiredMinimumSeconds: number | undefined;
}

interface TokenRecord extends TokenGrant {
  readonly issuedAt: number;
  readonly earliestUseAt: number;
}

export type Redemption = { readonly grant: TokenGrant } | { readonly problem: TokenProblem };

export const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Issues and redeems single-use configuration tokens. A token is valid for 24 h;
 * a session with a required minimum poll interval rejects a token used too early
 * (and leaves it usable, so the client can retry after waiting).
 */
export class TokenBook {
  private readonly records = new Map<string, TokenRecord>();

  constructor(private readonly now: () => number) {}

  /** A fresh token usable once, no earlier than `earliestUseAt` when the session has a required minimum. */
  issue(grant: TokenGrant, earliestUseAt: number): string {
    const token = randomBytes(24).toString("base64url");
    this.records.set(token, { ...grant, issuedAt: this.now(), earliestUseAt });
    return token;
  }

  redeem(token: string): Redemption {
    const record = this.records.get(token);
    if (!record) return { problem: "Corrupted" };
    const now = this.now();
    if (now - record.issuedAt >= TOKEN_LIFETIME_MS) {
      this.records.delete(token);
      return { problem: "Expired" };
    }
    if (record.requiredMinimumSeconds !== undefined && now < record.earliestUseAt) {
      return { problem: "PollIntervalNotSatisfied" };
    }
    this.records.delete(token);
    return { grant: record };
  }
}
