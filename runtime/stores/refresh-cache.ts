import { ConfigurationStoreError } from "../errors.js";

/** What a refresh produced, and until when (per the store's clock) it may be reused without I/O. */
export interface RefreshResult {
  readonly outcome: Outcome;
  readonly reuseUntil: number;
}

/** A document, or the store error that stands in its place. */
export type Outcome = { readonly document: unknown } | { readonly error: ConfigurationStoreError };

/**
 * Serves the last outcome while it is fresh and lets concurrent callers share
 * one in-flight refresh. Failures are cached too, so a broken backend costs one
 * attempt per freshness window instead of one per evaluation.
 */
export class RefreshCache {
  private last: RefreshResult | undefined;
  private inFlight: Promise<RefreshResult> | undefined;

  constructor(private readonly now: () => number) {}

  async get(refresh: () => Promise<RefreshResult>): Promise<unknown> {
    const last = this.last;
    if (last && this.now() < last.reuseUntil) return unwrap(last.outcome);
    this.inFlight ??= this.run(refresh);
    return unwrap((await this.inFlight).outcome);
  }

  private async run(refresh: () => Promise<RefreshResult>): Promise<RefreshResult> {
    try {
      this.last = await refresh();
    } catch (error) {
      const wrapped = error instanceof ConfigurationStoreError ? error : new ConfigurationStoreError(String(error), { cause: error });
      this.last = { outcome: { error: wrapped }, reuseUntil: this.now() };
    } finally {
      this.inFlight = undefined;
    }
    return this.last;
  }
}

function unwrap(outcome: Outcome): unknown {
  if ("error" in outcome) throw outcome.error;
  return outcome.document;
}
