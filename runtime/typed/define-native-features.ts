import type { ConfigurationError } from "../errors.js";
import { answersOfStored, type FlagAnswer } from "../native/flag-answer.js";
import { NativeFeatureFlags } from "../native/native-feature-flags.js";
import { OnceLogger } from "../safe-logger.js";
import type { ContextArgs, FlagNames, KnownName, ReadonlyJsonValue } from "./define-features.js";
import { chooseStore, type ConfigureOptions } from "./resolve-store.js";
import { TestOverrides, type TestFeatures } from "./test-overrides.js";

/** The stored document (`{version, flags, values}`) a generated native module embeds: its last fallback. */
export type BuildTimeFlagsDocument = { readonly [member: string]: ReadonlyJsonValue };

export interface NativeFeaturesDefinition {
  /** Default AppConfig profile: the flags file's name. */
  readonly profile: string;
  /** The validated stored document at build time. */
  readonly defaults: BuildTimeFlagsDocument;
}

/**
 * What a generated native module calls; `C` maps flag → context type, `V` flag → answer type,
 * `Names` are the flag names (the module's literal union), as in `TypedFeatures`.
 */
export interface TypedNativeFeatures<C, V, Names extends FlagNames<C, V> = FlagNames<C, V>> {
  configure(options?: ConfigureOptions): void;
  /** The flag's whole answer: `enabled`, its attributes when enabled, `_variant` for a multi-variant flag. */
  evaluate<N extends string>(name: KnownName<N, Names>, ...context: ContextArgs<C[N & Names]>): Promise<V[N & Names]>;
  /** Whether the flag is enabled (its answer's `enabled`). */
  isEnabled<N extends string>(name: KnownName<N, Names>, ...context: ContextArgs<C[N & Names]>): Promise<boolean>;
  getEnabledFeatures(context?: object): Promise<(keyof V & string)[]>;
  /** Answers are checked by the generated `createTestFeatures` (a `Pick`); `unknown` here for the reason `TypedFeatures.override` gives. */
  override(overrides: { readonly [K in Names]?: unknown }): TestFeatures<V>;
}

type Context = Readonly<Record<string, unknown>>;

/** The live flags of one configuration; none when no store is configured (the build-time document answers). */
interface Configured {
  readonly flags?: NativeFeatureFlags;
  /** Strict mode with a missing or invalid store configuration: every accessor rejects with it. */
  readonly misconfigured?: ConfigurationError;
}

/**
 * The runtime side of a generated module for an `AWS.AppConfig.FeatureFlags` profile: one
 * {@link NativeFeatureFlags} per module, created on first use from `configureFeatures` options or
 * the `FLAGTYPE_*` environment variables, reused across invocations. Multi-variant flags need the
 * AppConfig agent (`store: "agent"`); through any other store they answer their default variant.
 * Unconfigured (logged once at error level; with `strict`, a rejection) and in tests the
 * build-time document answers.
 * @example
 * const features = defineNativeFeatures<ShopContexts, ShopValues, ShopFlagName>({ profile: "shop", defaults: BUILD_TIME_DOCUMENT });
 * await features.evaluate("new_search", { plan: "pro" });
 */
export function defineNativeFeatures<C, V, Names extends FlagNames<C, V> = FlagNames<C, V>>(definition: NativeFeaturesDefinition): TypedNativeFeatures<C, V, Names> {
  const buildTime = answersOfStored(definition.defaults);
  const names = Object.keys(buildTime);
  let options: ConfigureOptions = {};
  let configured: Configured | undefined;
  const overrides = new TestOverrides<V>();
  /** The live flags, or undefined when the build-time document answers (tests, no store). */
  const live = (): NativeFeatureFlags | undefined => {
    if (overrides.active) return undefined;
    configured ??= configure(definition, options);
    if (configured.misconfigured) throw configured.misconfigured;
    return configured.flags;
  };
  const answer = async (name: string, context: Context): Promise<FlagAnswer> => {
    if (overrides.has(name)) return overrides.get(name) as FlagAnswer;
    const flags = live();
    return flags ? flags.evaluate(name, context) : (buildTime[name] ?? { enabled: false });
  };
  return {
    configure(next = {}) {
      options = next;
      configured = undefined;
    },
    evaluate: async (name, ...context) => (await answer(name, (context[0] ?? {}) as Context)) as never,
    isEnabled: async (name, ...context) => (await answer(name, (context[0] ?? {}) as Context)).enabled === true,
    async getEnabledFeatures(context = {}) {
      const flags = live();
      const enabled = new Set(flags ? await flags.getEnabledFeatures(context as Context) : names.filter((name) => buildTime[name]?.enabled));
      const isOn = (name: string) => (overrides.has(name) ? (overrides.get(name) as FlagAnswer | undefined)?.enabled === true : enabled.has(name));
      return names.filter(isOn) as (keyof V & string)[];
    },
    override: (values) => overrides.push(values),
  };
}

function configure(definition: NativeFeaturesDefinition, options: ConfigureOptions): Configured {
  const logger = options.logger ?? console;
  const { store, misconfigured } = chooseStore(options, definition.profile, new OnceLogger(logger));
  if (!store) return misconfigured ? { misconfigured } : {};
  const flags = new NativeFeatureFlags({ store, fallbackDocument: definition.defaults, logger, ...(options.strict !== undefined ? { strict: options.strict } : {}) });
  return { flags };
}
