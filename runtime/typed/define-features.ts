import { pythonTruthy } from "../engine/python-values.js";
import { FlagEvaluationError, type ConfigurationError } from "../errors.js";
import { FeatureFlags } from "../feature-flags.js";
import { OnceLogger } from "../safe-logger.js";
import type { JsonPrimitive } from "../types.js";
import { DriftFallback } from "./drift-fallback.js";
import { EmbeddedDocument } from "./embedded-document.js";
import { chooseStore, type ConfigureOptions } from "./resolve-store.js";
import { TestOverrides, type TestFeatures } from "./test-overrides.js";

export type { TestFeatures } from "./test-overrides.js";
import { ValueKinds } from "./value-kinds.js";

export type { ConfigureOptions } from "./resolve-store.js";

/** A JSON value that generated code embeds and nobody may mutate. */
export type ReadonlyJsonValue = JsonPrimitive | readonly ReadonlyJsonValue[] | { readonly [key: string]: ReadonlyJsonValue };

/** The features document a generated module embeds: its last fallback. */
export type BuildTimeDocument = { readonly [flag: string]: ReadonlyJsonValue };

/**
 * The context argument of a flag (`C`: its context type, `undefined` for none): no argument when
 * the flag reads no context, an optional one when no key is required. For a union of flags `C` is
 * the union of their contexts, and the argument must satisfy every member (their intersection):
 * one context is evaluated against each flag the name may be. `never` (no such flag) takes any
 * argument, so the error is reported at the name, not at the argument count.
 */
export type ContextArgs<C> =
  [C] extends [never] ? [context?: unknown]
  : [Exclude<C, undefined>] extends [never] ? []
  : {} extends EveryContext<Exclude<C, undefined>> ? [context?: EveryContext<Exclude<C, undefined>>]
  : [context: EveryContext<Exclude<C, undefined>>];

/** The intersection of the members of the union `U`. */
type EveryContext<U> = (U extends unknown ? (context: U) => void : never) extends (context: infer I) => void ? I : never;

/**
 * `N` when every member names a flag, else the flag names themselves: an unknown name (or a union
 * holding one) fails as the argument it is, instead of leaving `N` to fall back to its constraint
 * and the context argument to be counted against every flag.
 */
export type KnownName<N, Names> = [N] extends [Names] ? N : Names;

/** The flag names of a module: those both its context and its value maps have. */
export type FlagNames<C, V> = keyof C & keyof V & string;

/**
 * What a generated module calls; `C` maps flag → context type, `V` flag → value type, `Names` are
 * the flag names (the module's literal union, so its `evaluate` can pass its own types on unchanged).
 */
export interface TypedFeatures<C, V, Names extends FlagNames<C, V> = FlagNames<C, V>> {
  configure(options?: ConfigureOptions): void;
  evaluate<N extends string>(name: KnownName<N, Names>, ...context: ContextArgs<C[N & Names]>): Promise<V[N & Names]>;
  getEnabledFeatures(context?: object): Promise<(keyof V & string)[]>;
  /**
   * Values are checked by the generated `createTestFeatures` (a `Pick` of the module's values). Here
   * they are `unknown`: TypeScript relates a generic `Pick` to a `Partial` through `Object`'s own
   * members, so a flag named `constructor` would not type-check against `Partial<V>`.
   */
  override(overrides: { readonly [K in Names]?: unknown }): TestFeatures<V>;
}

export interface FeaturesDefinition {
  /** Default AppConfig profile: the flags file's name. */
  readonly profile: string;
  /** The validated document at build time. */
  readonly defaults: BuildTimeDocument;
}

type Context = Readonly<Record<string, unknown>>;

/** The build-time side of one configuration: all that test overrides need (no store is chosen). */
interface Local {
  readonly embedded: EmbeddedDocument;
  readonly drift: DriftFallback;
  readonly log: OnceLogger;
}

/** What one configuration of a module uses; made on first use after `configure`. */
interface Configured {
  /** The live flags; `undefined` when no store is configured (the embedded document answers). */
  readonly flags: FeatureFlags | undefined;
  readonly strict: boolean;
  /** Set in strict mode when the store configuration is missing or invalid: every accessor rejects with it. */
  readonly misconfigured?: ConfigurationError;
}

/**
 * The runtime side of a generated module: one `FeatureFlags` per module, created on first use
 * (so environment variables set at cold start apply) and reused across Lambda invocations.
 * Unconfigured or misconfigured, it serves the build-time document and logs the problem once at error
 * level; with `strict: true` every accessor rejects with a {@link ConfigurationError} instead. A flag the live document
 * lacks answers its build-time `default`, in accessors and `getEnabledFeatures` alike. A live
 * value whose JSON kind the build-time document never gives that flag (so its generated type
 * rules it out) is replaced by the build-time document's value for the same context, logged once
 * per flag. The build-time document is compiled once, on first need, and shared.
 * @example
 * const features = defineFeatures<FeaturesContexts, FeaturesValues, FeaturesFlagName>({ profile: "features", defaults: BUILD_TIME_DOCUMENT });
 * await features.evaluate("premium_features", { tier: "premium" });
 */
export function defineFeatures<C, V, Names extends FlagNames<C, V> = FlagNames<C, V>>(definition: FeaturesDefinition): TypedFeatures<C, V, Names> {
  const kinds = ValueKinds.of(definition.defaults);
  const names = Object.keys(definition.defaults);
  let options: ConfigureOptions = {};
  let local: Local | undefined;
  let configured: Configured | undefined;
  const overrides = new TestOverrides<V>();
  const currentLocal = (): Local => (local ??= makeLocal(definition, options, kinds));
  // Test overrides run without AWS: no store is chosen (nor its absence logged), and flags they do
  // not set come from the build-time document.
  const live = (): Configured | undefined => (overrides.active ? undefined : (configured ??= configure(definition, options, currentLocal())));
  return {
    configure(next = {}) {
      options = next;
      local = undefined;
      configured = undefined;
    },
    async evaluate(name, ...context) {
      if (overrides.has(name)) return overrides.get(name) as never;
      const given = (context[0] ?? {}) as Context;
      const { embedded, drift } = currentLocal();
      const { flags, strict, misconfigured } = live() ?? {};
      if (misconfigured) throw misconfigured;
      if (!flags) return embedded.evaluate(name, given) as never;
      const value = await flags.evaluate(name, given, embedded.defaults[name]);
      if (kinds.allows(name, value)) return value as never;
      if (strict) throw new FlagEvaluationError(name, { cause: new TypeError(`value of kind ${kinds.kindOf(value)}; the generated type allows ${kinds.describe(name)}`) });
      return drift.replace(name, given, value) as never;
    },
    async getEnabledFeatures(context = {}) {
      const given = context as Context;
      const { embedded } = currentLocal();
      const { flags, misconfigured } = live() ?? {};
      if (misconfigured) throw misconfigured;
      const enabled = new Set(flags ? await flags.getEnabledFeatures(given, embedded.defaults) : embedded.getEnabledFeatures(given));
      const isOn = (name: string) => (overrides.has(name) ? pythonTruthy(overrides.get(name)) : enabled.has(name));
      return names.filter(isOn) as (keyof V & string)[];
    },
    override: (values) => overrides.push(values),
  };
}

function makeLocal(definition: FeaturesDefinition, options: ConfigureOptions, kinds: ValueKinds): Local {
  const log = new OnceLogger(options.logger ?? console);
  const embedded = new EmbeddedDocument(definition.defaults, options.clock, log);
  return { embedded, drift: new DriftFallback(embedded, kinds, log), log };
}

function configure(definition: FeaturesDefinition, options: ConfigureOptions, { embedded, log }: Local): Configured {
  const strict = options.strict ?? false;
  const { store, misconfigured } = chooseStore(options, definition.profile, log);
  if (!store) return { flags: undefined, strict, ...(misconfigured ? { misconfigured } : {}) };
  const flags = new FeatureFlags({
    store,
    compiledFallback: () => embedded.compiled(),
    logger: options.logger ?? console,
    ...(options.clock ? { clock: options.clock } : {}),
    strict,
  });
  return { flags, strict };
}
