import { compileDocument } from "./engine/compile.js";
import type { CompiledDocument } from "./engine/compiled-document.js";
import { ConfigurationStoreError, DocumentValidationError } from "./errors.js";
import type { Clock, ConfigurationStore } from "./types.js";

/** Why the live document could not be used; `error` is typed for strict mode. */
export interface LoadFailure {
  readonly kind: "store-failed" | "document-invalid";
  readonly error: ConfigurationStoreError | DocumentValidationError;
}

/** The live document, or the failure that prevents using it. */
export type LoadResult =
  | { readonly live: { readonly raw: unknown; readonly compiled: CompiledDocument } }
  | { readonly failure: LoadFailure };

/**
 * A store that can say synchronously, without I/O, that its cached document is still fresh.
 * `FeatureFlags` then answers without awaiting `getConfiguration()`. The AppConfig stores and
 * `InMemoryStore` implement it.
 * @example
 * class MyStore implements PeekableStore {
 *   peek() { return this.isFresh() ? this.cached : undefined; } // never I/O, never throws
 *   async getConfiguration() { return this.refresh(); }
 * }
 */
export interface PeekableStore extends ConfigurationStore {
  /** The document `getConfiguration()` would return now without I/O, or `undefined` when it would have to refresh. */
  peek(): unknown;
}

interface Rejected {
  readonly raw: unknown;
  readonly failure: LoadFailure;
}

/**
 * Fetches from the store and compiles each distinct document object once.
 * A document that fails validation is remembered by identity, so the same
 * object is neither re-validated nor reported as a new cause.
 */
export class DocumentLoader {
  private live: { readonly raw: unknown; readonly compiled: CompiledDocument } | undefined;
  private rejected: Rejected | undefined;

  constructor(
    private readonly store: ConfigurationStore,
    private readonly clock: Clock | undefined,
  ) {}

  /**
   * The live document's compiled form when the store says synchronously that it is still the
   * current, fresh document; `undefined` whenever `load()` has something to do.
   */
  peekLive(): CompiledDocument | undefined {
    const live = this.live;
    if (live === undefined || typeof (this.store as Partial<PeekableStore>).peek !== "function") return undefined;
    try {
      return (this.store as PeekableStore).peek() === live.raw ? live.compiled : undefined;
    } catch {
      return undefined;
    }
  }

  /** The last document that compiled, whatever the store says now. */
  lastKnownGood(): CompiledDocument | undefined {
    return this.live?.compiled;
  }

  async load(): Promise<LoadResult> {
    let raw: unknown;
    try {
      raw = await this.store.getConfiguration();
    } catch (error) {
      return { failure: { kind: "store-failed", error: asStoreError(error) } };
    }
    if (this.live && raw === this.live.raw) return { live: this.live };
    if (this.rejected && raw === this.rejected.raw) return { failure: this.rejected.failure };
    try {
      this.live = { raw, compiled: this.compile(raw) };
      return { live: this.live };
    } catch (error) {
      const failure: LoadFailure = { kind: "document-invalid", error: asValidationError(error) };
      this.rejected = { raw, failure };
      return { failure };
    }
  }

  /** Compiles a document with this loader's clock; throws for an invalid one. */
  compile(document: unknown): CompiledDocument {
    return compileDocument(document, this.clock ? { clock: this.clock } : {});
  }
}

function asStoreError(error: unknown): ConfigurationStoreError {
  if (error instanceof ConfigurationStoreError) return error;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new ConfigurationStoreError(`store failed: ${message}`, { cause: error });
}

function asValidationError(error: unknown): DocumentValidationError {
  if (error instanceof DocumentValidationError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new DocumentValidationError([{ path: [], message: `document could not be compiled: ${message}` }]);
}
