import type { ConfigurationStore } from "../types.js";

/**
 * A store that serves a document held in memory: for tests, and for local use.
 * @example new FeatureFlags({ store: new InMemoryStore({ beta: { default: true } }) })
 */
export class InMemoryStore implements ConfigurationStore {
  constructor(private document: unknown) {}

  async getConfiguration(): Promise<unknown> {
    return this.document;
  }

  /** The served document: always current, no I/O. */
  peek(): unknown {
    return this.document;
  }

  /** Replace the served document (the next evaluation sees it). */
  setDocument(document: unknown): void {
    this.document = document;
  }
}
