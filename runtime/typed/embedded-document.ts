import { compileDocument } from "../engine/compile.js";
import type { CompiledDocument } from "../engine/compiled-document.js";
import { isJsonObject, memberOf } from "../engine/json-shape.js";
import { pythonTruthy } from "../engine/python-values.js";
import type { OnceLogger } from "../safe-logger.js";
import type { Clock } from "../types.js";

type Context = Readonly<Record<string, unknown>>;

/**
 * The features document a generated module embeds, compiled on first use and then shared by
 * everything that falls back to it: the configured `FeatureFlags`, the type-drift guard, test
 * overrides and the unconfigured module. An invalid one (a hand-edited module) is reported once
 * and answers each flag's `default`.
 * @example
 * const embedded = new EmbeddedDocument(BUILD_TIME_DOCUMENT, undefined, log);
 * embedded.evaluate("premium_features", { tier: "premium" }); // true
 */
export class EmbeddedDocument {
  /** Each flag's `default`, by name, in document order: what it answers when the live document lacks it. */
  readonly defaults: Readonly<Record<string, unknown>>;
  private compiledForm: CompiledDocument | null | undefined;

  constructor(
    readonly document: { readonly [flag: string]: unknown },
    private readonly clock: Clock | undefined,
    private readonly log: OnceLogger,
  ) {
    const defaults = Object.create(null) as Record<string, unknown>;
    for (const name of Object.keys(document)) defaults[name] = defaultOf(document, name);
    this.defaults = Object.freeze(defaults);
  }

  /** The compiled document; `undefined` (reported once) when it does not compile. */
  compiled(): CompiledDocument | undefined {
    if (this.compiledForm === undefined) {
      this.compiledForm = null;
      try {
        this.compiledForm = compileDocument(this.document, this.clock ? { clock: this.clock } : {});
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.log.warnOnce("build-time-invalid", "flagtype: the build-time document is invalid; using each flag's default", { error: message });
      }
    }
    return this.compiledForm ?? undefined;
  }

  /** The flag's value for `context` by the build-time rules; its default if evaluation fails. */
  evaluate(name: string, context: Context): unknown {
    const fallback = this.defaults[name];
    return this.guarded(`"${name}"`, () => fallback, (compiled) => compiled.evaluate(name, context, fallback));
  }

  /** The flags that are on for `context` by the build-time rules (each flag's default if that fails). */
  getEnabledFeatures(context: Context): string[] {
    const byDefault = (): string[] => Object.keys(this.defaults).filter((name) => pythonTruthy(this.defaults[name]));
    return this.guarded("the enabled features", byDefault, (compiled) => compiled.getEnabledFeatures(context));
  }

  private guarded<R>(what: string, fallback: () => R, run: (compiled: CompiledDocument) => R): R {
    const compiled = this.compiled();
    if (!compiled) return fallback();
    try {
      return run(compiled);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.warnOnce(`build-time-failed\n${what}`, `flagtype: evaluating ${what} against the build-time document failed; using defaults`, { error: message });
      return fallback();
    }
  }
}

/** A flag's `default` in `document`: what evaluation returns when the live document lacks the flag. */
export function defaultOf(document: { readonly [flag: string]: unknown }, name: string): unknown {
  const feature = memberOf(document, name);
  return isJsonObject(feature) ? memberOf(feature, "default") : undefined;
}
