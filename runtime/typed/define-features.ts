import { DriftFallback, defaultOf } from "./drift-fallback.js";
import { pythonTruthy } from "../engine/python-values.js";
import { FlagEvaluationError } from "../errors.js";
import { FeatureFlags } from "../feature-flags.js";
import { InMemoryStore } from "../stores/in-memory-store.js";
import { processEnvironment, resolveStore, type ConfigureOptions } from "./resolve-store.js";
import type { JsonPrimitive, Logger } from "../types.js";
import { ValueKinds } from "./value-kinds.js";

export type { ConfigureOptions } from "./resolve-store.js";

/** A JSON value that generated code embeds and nobody may mutate. */
export type ReadonlyJsonValue = JsonPrimitive | readonly ReadonlyJsonValue[] | { readonly [key: string]: ReadonlyJsonValue };

/** The features document a generated module embeds: its last fallback. */
export type BuildTimeDocument = { readonly [flag: string]: ReadonlyJsonValue };

/** The context argument of a flag: none for flags whose rules read no context. */
export type ContextArgs<C> = [C] extends [undefined] ? [] : [context: C];

/** Overrides installed by a generated `createTestFeatures`; accessors of the module see them. */
export interface TestFeatures<V> {
  /** Adds or replaces overrides. */
  set(overrides: Partial<V>): void;
  /** Removes this override layer (the previous layer, or the configured store, is used again). */
  restore(): void;
}

/** What a generated module calls; `C` maps flag → context type, `V` flag → value type. */
export interface TypedFeatures<C, V> {
  configure(options?: ConfigureOptions): void;
  evaluate<N extends keyof V & string>(name: N, ...context: ContextArgs<C[N & keyof C]>): Promise<V[N]>;
  getEnabledFeatures(context?: object): Promise<(keyof V & string)[]>;
  override(overrides: Partial<V>): TestFeatures<V>;
}

export interface FeaturesDefinition {
  /** Default AppConfig profile: the flags file's name. */
  readonly profile: string;
  /** The validated document at build time. */
  readonly defaults: BuildTimeDocument;
}

interface OverrideLayer {
  readonly overrides: Map<string, unknown>;
  readonly flags: FeatureFlags;
  readonly previous: OverrideLayer | undefined;
}

/**
 * The runtime side of a generated module: one `FeatureFlags` per module, created on first use
 * (so environment variables set at cold start apply) and reused across Lambda invocations.
 * Unconfigured, it serves the build-time document and says so once. A live value whose
 * JSON kind the build-time document never gives that flag (so its generated type rules it
 * out) is replaced by the build-time document's value for the same context, logged once per flag.
 * @example
 * const features = defineFeatures<FeaturesContexts, FeaturesValues>({ profile: "features", defaults: BUILD_TIME_DOCUMENT });
 * await features.evaluate("premium_features", { tier: "premium" });
 */
export function defineFeatures<C, V>(definition: FeaturesDefinition): TypedFeatures<C, V> {
  const { defaults } = definition;
  const kinds = ValueKinds.of(defaults);
  // Each flag's build-time default, looked up once here rather than on every evaluation.
  const defaultValues = new Map(Object.keys(defaults).map((name) => [name, defaultOf(defaults, name)]));
  let options: ConfigureOptions = {};
  let configured: FeatureFlags | undefined;
  let drift: DriftFallback | undefined;
  let layer: OverrideLayer | undefined;
  const current = (): FeatureFlags => layer?.flags ?? (configured ??= createFlags(definition, options));
  const driftFallback = () => (drift ??= new DriftFallback({ document: defaults, kinds, logger: options.logger, clock: options.clock }));
  return {
    configure(next = {}) {
      options = next;
      configured = undefined;
      drift = undefined;
    },
    async evaluate(name, ...context) {
      if (layer?.overrides.has(name)) return layer.overrides.get(name) as never;
      const given = (context[0] ?? {}) as Readonly<Record<string, unknown>>;
      const value = await current().evaluate(name, given, defaultValues.get(name));
      if (kinds.allows(name, value)) return value as never;
      if (options.strict) throw new FlagEvaluationError(name, { cause: new TypeError(`value of kind ${kinds.kindOf(value)}; the generated type allows ${kinds.describe(name)}`) });
      return driftFallback().replace(name, given, value) as never;
    },
    async getEnabledFeatures(context = {}) {
      const enabled = new Set(await current().getEnabledFeatures(context as Readonly<Record<string, unknown>>));
      const overrides = layer?.overrides;
      const isOn = (name: string) => (overrides?.has(name) ? pythonTruthy(overrides.get(name)) : enabled.has(name));
      return Object.keys(defaults).filter(isOn) as (keyof V & string)[];
    },
    override(overrides) {
      const installed = overrideLayer(definition, options, overrides as object, layer);
      layer = installed;
      return {
        set: (more) => Object.entries(more as object).forEach(([name, value]) => installed.overrides.set(name, value)),
        restore: () => {
          if (layer === installed) layer = installed.previous;
        },
      };
    },
  };
}

/** Tests run without AWS: flags that are not overridden are evaluated against the build-time document. */
function overrideLayer(
  definition: FeaturesDefinition,
  options: ConfigureOptions,
  overrides: object,
  previous: OverrideLayer | undefined,
): OverrideLayer {
  const { defaults } = definition;
  const flags = new FeatureFlags({ store: new InMemoryStore(defaults), fallbackDocument: defaults, ...clockOf(options) });
  return { overrides: new Map(Object.entries(overrides)), flags, previous };
}

function createFlags(definition: FeaturesDefinition, options: ConfigureOptions): FeatureFlags {
  const logger = options.logger ?? console;
  const choice = resolveStore(options, definition.profile, processEnvironment());
  if ("problem" in choice) safeWarn(logger, `flagtype: ${choice.problem} for profile "${definition.profile}"; using build-time defaults`);
  return new FeatureFlags({
    store: "store" in choice ? choice.store : new InMemoryStore(definition.defaults),
    fallbackDocument: definition.defaults,
    logger,
    ...clockOf(options),
    ...(options.strict !== undefined ? { strict: options.strict } : {}),
  });
}

function clockOf(options: ConfigureOptions) {
  return options.clock ? { clock: options.clock } : {};
}

/** A broken logger must not break evaluation. */
function safeWarn(logger: Logger, message: string): void {
  try {
    logger.warn(message);
  } catch {
    // Logging is best effort.
  }
}
