/** Overrides installed by a generated `createTestFeatures`; accessors of the module see them. */
export interface TestFeatures<V> {
  /**
   * Adds or replaces overrides. Typed as a `Pick` (every given flag present, with a value of its
   * type) rather than a `Partial`: without `exactOptionalPropertyTypes`, a `Partial` would accept
   * `{ flag: undefined }`, and the flag's accessor would then answer `undefined`.
   */
  set<N extends keyof V>(overrides: Pick<V, N>): void;
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

  /** `overrides` maps flag names to values of their types (checked by the generated caller). */
  push(overrides: object): TestFeatures<V> {
    const installed: OverrideLayer = { overrides: new Map(givenEntries(overrides)), previous: this.top };
    this.top = installed;
    return {
      set: (more) => givenEntries(more as object).forEach(([name, value]) => installed.overrides.set(name, value)),
      restore: () => {
        if (this.top === installed) this.top = installed.previous;
      },
    };
  }
}

/**
 * The entries of an overrides object, leaving out `undefined` values: a `Partial` cast past the
 * `Pick` type (or written without `exactOptionalPropertyTypes`) means "not overridden", not a flag
 * answering `undefined`, which its type rules out.
 */
function givenEntries(overrides: object): [string, unknown][] {
  return Object.entries(overrides).filter(([, value]) => value !== undefined);
}
