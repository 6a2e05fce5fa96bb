import { describeValue } from "../engine/json-shape.js";
import type { OnceLogger } from "../safe-logger.js";
import type { EmbeddedDocument } from "./embedded-document.js";
import type { ValueKinds } from "./value-kinds.js";

type Context = Readonly<Record<string, unknown>>;

/**
 * Answers for a flag whose live value has a JSON kind its generated type does not
 * allow: the build-time document's value for the same context, with one warning per flag.
 * @example
 * const drift = new DriftFallback(embedded, ValueKinds.of(document), log);
 * drift.replace("premium_features", { tier: "premium" }, "yes"); // true, logged once
 */
export class DriftFallback {
  constructor(
    private readonly buildTime: EmbeddedDocument,
    private readonly kinds: ValueKinds,
    private readonly log: OnceLogger,
  ) {}

  replace(name: string, context: Context, live: unknown): unknown {
    this.log.warnOnce(`type-drift\n${name}`, `flagtype: type-drift; using build-time defaults for "${name}"`, {
      cause: "type-drift",
      fallback: "build-time defaults",
      flag: name,
      error: `the live document gives ${describeValue(live)} for "${name}", whose generated type allows ${this.kinds.describe(name)}`,
    });
    return this.buildTime.evaluate(name, context);
  }
}
