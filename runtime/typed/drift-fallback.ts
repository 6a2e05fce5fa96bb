import { compileDocument } from "../engine/compile.js";
import type { CompiledDocument } from "../engine/compiled-document.js";
import { describeValue, isJsonObject, memberOf } from "../engine/json-shape.js";
import { OnceLogger } from "../safe-logger.js";
import type { Clock, Logger } from "../types.js";
import type { ValueKinds } from "./value-kinds.js";

type Context = Readonly<Record<string, unknown>>;

/** What the replacement needs: the build-time document, its flags' kinds, and the configured logger and clock. */
export interface DriftFallbackOptions {
  readonly document: { readonly [flag: string]: unknown };
  readonly kinds: ValueKinds;
  readonly logger?: Logger | undefined;
  readonly clock?: Clock | undefined;
}

/**
 * Answers for a flag whose live value has a JSON kind its generated type does not
 * allow: the build-time document's value for the same context, with one warning
 * per flag. The build-time document is compiled on the first drift only.
 * @example
 * const drift = new DriftFallback({ document, kinds: ValueKinds.of(document) });
 * drift.replace("premium_features", { tier: "premium" }, "yes"); // true, logged once
 */
export class DriftFallback {
  private readonly log: OnceLogger;
  private compiled: CompiledDocument | null | undefined;

  constructor(private readonly options: DriftFallbackOptions) {
    this.log = new OnceLogger(options.logger ?? console);
  }

  replace(name: string, context: Context, live: unknown): unknown {
    const { kinds } = this.options;
    this.log.warnOnce(`type-drift\n${name}`, `flagtype: type-drift; using build-time defaults for "${name}"`, {
      cause: "type-drift",
      fallback: "build-time defaults",
      flag: name,
      error: `the live document gives ${describeValue(live)} for "${name}", whose generated type allows ${kinds.describe(name)}`,
    });
    const buildTimeDefault = defaultOf(this.options.document, name);
    const compiled = this.buildTimeDocument();
    if (!compiled) return buildTimeDefault;
    try {
      return compiled.evaluate(name, context, buildTimeDefault);
    } catch (error) {
      this.warnFailure(`evaluating "${name}" against the build-time document failed`, error);
      return buildTimeDefault;
    }
  }

  private buildTimeDocument(): CompiledDocument | undefined {
    if (this.compiled === undefined) {
      this.compiled = null;
      try {
        const { clock } = this.options;
        this.compiled = compileDocument(this.options.document, clock ? { clock } : {});
      } catch (error) {
        this.warnFailure("the build-time document is invalid", error);
      }
    }
    return this.compiled ?? undefined;
  }

  private warnFailure(what: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.log.warnOnce(`type-drift-failed\n${what}`, `flagtype: ${what}; using its default`, { cause: "type-drift", error: message });
  }
}

/** A flag's `default` in `document`: what evaluation returns when the live document lacks the flag. */
export function defaultOf(document: { readonly [flag: string]: unknown }, name: string): unknown {
  const feature = memberOf(document, name);
  return isJsonObject(feature) ? memberOf(feature, "default") : undefined;
}
