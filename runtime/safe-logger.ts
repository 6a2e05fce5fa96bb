import type { Logger } from "./types.js";

/** Structured details attached to a fallback warning (Powertools Logger merges them into the log entry). */
export type LogExtra = Readonly<Record<string, unknown>>;

/**
 * Wraps a user logger so logging can never break evaluation (a throwing or
 * malformed logger is ignored) and warns at most once per cause key until
 * `forget()` starts a new episode.
 * @example
 * const log = new OnceLogger(console);
 * log.warnOnce("store-failed", "flagtype: store failed", { error: "timeout" }); // logged
 * log.warnOnce("store-failed", "flagtype: store failed", { error: "timeout" }); // not again
 */
export class OnceLogger {
  private readonly logged = new Set<string>();

  constructor(private readonly logger: Logger | undefined) {}

  warnOnce(key: string, message: string, extra: LogExtra): void {
    if (this.logged.has(key)) return;
    this.logged.add(key);
    try {
      this.logger?.warn(message, extra);
    } catch {
      // A broken logger must never break evaluation.
    }
  }

  /** Forget past causes, so that a recurrence after recovery is logged again. */
  forget(): void {
    this.logged.clear();
  }
}
