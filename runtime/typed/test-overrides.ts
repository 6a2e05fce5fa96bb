/** Overrides installed by a generated `createTestFeatures`; accessors of the module see them. */
export interface TestFeatures<V> {
  /** Adds or replaces overrides. */
  set(overrides: Partial<V>): void;
  /** Removes this override layer (the previous layer, or the configured store, is used again). */
  restore(): void;
}

interface OverrideLayer {
  readonly overrides: Map<string, unknown>;
  readonly previous: OverrideLayer | undefined;
}

/**
 * The overrides `createTestFeatures` installs in a generated module: layers on a stack, the newest
 * answering first; restoring a layer uncovers the one below it (or the configured store).
 * @example
 * const overrides = new TestOverrides();
 * const flags = overrides.push({ premium_features: true });
 * overrides.active; // true
 * flags.restore();
 */
export class TestOverrides<V> {
  private top: OverrideLayer | undefined;

  /** Whether any layer is installed: then flags it does not set come from the build-time document. */
  get active(): boolean {
    return this.top !== undefined;
  }

  has(name: string): boolean {
    return this.top?.overrides.has(name) ?? false;
  }

  get(name: string): unknown {
    return this.top?.overrides.get(name);
  }

  push(overrides: Partial<V>): TestFeatures<V> {
    const installed: OverrideLayer = { overrides: new Map(Object.entries(overrides as object)), previous: this.top };
    this.top = installed;
    return {
      set: (more) => Object.entries(more as object).forEach(([name, value]) => installed.overrides.set(name, value)),
      restore: () => {
        if (this.top === installed) this.top = installed.previous;
      },
    };
  }
}
