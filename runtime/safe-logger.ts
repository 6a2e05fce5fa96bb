import type { Logger } from "./types.js";

/** Structured details attached to a log entry (Powertools Logger merges them into the entry). */
export type LogExtra = Readonly<Record<string, unknown>>;

/**
 * The one way flagtype logs: wraps a user logger so that logging can never break evaluation (a
 * throwing or malformed logger is ignored) and says each cause at most once until `forget()`
 * starts a new episode.
 * @example
 * const log = new OnceLogger(console);
 * log.warnOnce("store-failed", "flagtype: store failed", { error: "timeout" }); // logged
 * log.warnOnce("store-failed", "flagtype: store failed", { error: "timeout" }); // not again
 */
export class OnceLogger {
  private readonly logged = new Set<string>();

  constructor(private readonly logger: Logger | undefined) {}

  warnOnce(key: string, message: string, extra?: LogExtra): void {
    if (this.isNew(key)) this.write("warn", message, extra);
  }

  /** Like `warnOnce` at error level (`logger.error`, else `logger.warn`). */
  errorOnce(key: string, message: string, extra?: LogExtra): void {
    if (this.isNew(key)) this.write("error", message, extra);
  }

  /** Forget past causes, so that a recurrence after recovery is logged again. */
  forget(): void {
    this.logged.clear();
  }

  private isNew(key: string): boolean {
    if (this.logged.has(key)) return false;
    this.logged.add(key);
    return true;
  }

  private write(level: "warn" | "error", message: string, extra: LogExtra | undefined): void {
    try {
      const logger = this.logger;
      const log = level === "error" && typeof logger?.error === "function" ? logger.error : logger?.warn;
      if (extra === undefined) log?.call(logger, message);
      else log?.call(logger, message, extra);
    } catch {
      // A broken logger must never break evaluation.
    }
  }
}
