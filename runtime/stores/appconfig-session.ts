import type { GetLatestConfigurationCommandOutput, StartConfigurationSessionCommandOutput } from "@aws-sdk/client-appconfigdata";
import type { AppConfigDataClientLike } from "./appconfig-client.js";
import { callWithRetries, type CallBudget } from "./retry-policy.js";

type AppConfigDataSdk = typeof import("@aws-sdk/client-appconfigdata");

/** The configuration a session reads. */
export interface SessionTarget {
  readonly application: string;
  readonly environment: string;
  readonly profile: string;
  readonly requiredMinimumPollIntervalInSeconds?: number;
}

/** One answer of GetLatestConfiguration. */
export interface PollAnswer {
  /** `undefined` when the service says the client already has the latest version. */
  readonly body: Uint8Array | undefined;
  /** `NextPollIntervalInSeconds`, when the service sent one. */
  readonly nextPollIntervalSeconds: number | undefined;
}

/** The failed data API operation, for error messages. */
export class SessionCallError extends Error {
  override readonly name = "SessionCallError";
  constructor(readonly operation: string, options: { cause: unknown }) {
    super(`${operation} failed: ${describe(options.cause)}`, options);
  }
}

/**
 * One AppConfig configuration session: the token from each answer is used for
 * the next poll, and a rejected (expired, reused, corrupted) token starts a new
 * session once per poll.
 */
export class AppConfigSession {
  private token: string | undefined;

  constructor(
    private readonly sdk: AppConfigDataSdk,
    private readonly client: AppConfigDataClientLike,
    private readonly target: SessionTarget,
  ) {}

  async poll(budget: CallBudget): Promise<PollAnswer> {
    const startedNow = this.token === undefined;
    this.token ??= await this.start(budget);
    try {
      return await this.pollWith(this.token, budget);
    } catch (error) {
      if (startedNow || !isRejectedToken(error)) throw error;
      this.token = undefined;
      // A slow first call may have used the whole deadline; the restart still gets
      // one full per-call timeout, so an expired token does not doom this refresh.
      const restart = { ...budget, deadlineAt: Math.max(budget.deadlineAt, budget.now() + budget.timeoutMs) };
      this.token = await this.start(restart);
      return this.pollWith(this.token, restart);
    }
  }

  private async start(budget: CallBudget): Promise<string> {
    const command = new this.sdk.StartConfigurationSessionCommand({
      ApplicationIdentifier: this.target.application,
      EnvironmentIdentifier: this.target.environment,
      ConfigurationProfileIdentifier: this.target.profile,
      RequiredMinimumPollIntervalInSeconds: this.target.requiredMinimumPollIntervalInSeconds,
    });
    const answer = (await this.send("StartConfigurationSession", budget, (abortSignal) =>
      this.client.send(command, { abortSignal }),
    )) as StartConfigurationSessionCommandOutput;
    if (!answer.InitialConfigurationToken) throw new SessionCallError("StartConfigurationSession", { cause: "no token in the answer" });
    return answer.InitialConfigurationToken;
  }

  private async pollWith(token: string, budget: CallBudget): Promise<PollAnswer> {
    const command = new this.sdk.GetLatestConfigurationCommand({ ConfigurationToken: token });
    const answer = (await this.send("GetLatestConfiguration", budget, (abortSignal) =>
      this.client.send(command, { abortSignal }),
    )) as GetLatestConfigurationCommandOutput;
    // The used token is spent whatever the answer says; an answer without a next token forces a new session.
    this.token = answer.NextPollConfigurationToken;
    const body = answer.Configuration;
    return {
      body: body && body.byteLength > 0 ? body : undefined,
      nextPollIntervalSeconds: answer.NextPollIntervalInSeconds,
    };
  }

  private async send<T>(operation: string, budget: CallBudget, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      return await callWithRetries(call, budget);
    } catch (error) {
      throw new SessionCallError(operation, { cause: error });
    }
  }
}

/** Throttling, server faults and transport failures (no HTTP status at all) are worth retrying. */
export function isTransientAwsError(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  if (status === undefined) return true;
  return status === 429 || status >= 500;
}

function isRejectedToken(error: unknown): boolean {
  return error instanceof SessionCallError && (error.cause as { name?: unknown } | null)?.name === "BadRequestException";
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const status = (cause as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return `${cause.name}${status === undefined ? "" : ` (HTTP ${status})`}: ${cause.message}`;
}
