import { readFile, stat } from "node:fs/promises";
import { ConfigurationStoreError } from "../errors.js";
import type { ConfigurationStore } from "../types.js";

/**
 * Reads a flags file from disk, re-reading it only when its modification time
 * or size changes: for local development.
 * @example new FeatureFlags({ store: new FileStore("flags/features.json") })
 */
export class FileStore implements ConfigurationStore {
  private cached: { readonly stamp: string; readonly document: unknown } | undefined;

  constructor(readonly path: string) {}

  async getConfiguration(): Promise<unknown> {
    try {
      const info = await stat(this.path);
      const stamp = `${info.mtimeMs}:${info.size}`;
      if (this.cached?.stamp === stamp) return this.cached.document;
      const document: unknown = JSON.parse(await readFile(this.path, "utf8"));
      this.cached = { stamp, document };
      return document;
    } catch (error) {
      throw new ConfigurationStoreError(`cannot read flags file ${this.path}: ${(error as Error).message}`, { cause: error });
    }
  }
}
