import type { ConfigurationStore } from "../../runtime/types.js";

/** What the next `getConfiguration` does: serve a document, or fail with an error. */
export type ScriptedOutcome = { readonly document: unknown } | { readonly error: unknown };

/**
 * A store the test drives: set `next` to serve a document or fail with an error.
 * @example const store = new ScriptedStore({ beta: { default: true } }); store.next = { error: new Error("down") };
 */
export class ScriptedStore implements ConfigurationStore {
  next: ScriptedOutcome;

  constructor(document: unknown) {
    this.next = { document };
  }

  async getConfiguration(): Promise<unknown> {
    if ("error" in this.next) throw this.next.error;
    return this.next.document;
  }
}
