import { DocumentValidationError } from "../errors.js";
import { flagNotFound, type EvaluationDetails } from "../evaluation-details.js";
import type { Clock, JsonValue } from "../types.js";
import { compileFeature, type CompiledFeature, type Context } from "./compile-feature.js";
import type { CompiledDocument } from "./compiled-document.js";
import { enabledFeatures } from "./enabled-features.js";
import { frozenJsonCopy } from "./frozen-copy.js";
import { memberOf, type JsonObject } from "./json-shape.js";
import { RuleProgram } from "./rule-program.js";
import { validateDocument } from "./validate.js";

/** Options of `compileDocument`. */
export interface CompileOptions {
  /** Source of "now" for schedule actions, read on each evaluation. Default: `() => new Date()`. */
  clock?: Clock;
}

const systemClock: Clock = () => new Date();
const EMPTY_CONTEXT: Context = Object.freeze(Object.create(null) as Context);

class CompiledFeatures implements CompiledDocument {
  // Handlers tend to ask for the same flag again and again: remembering the last
  // lookup skips the Map for them at the cost of one string comparison otherwise.
  private lastName: string | undefined;
  private lastFeature: CompiledFeature | undefined;

  constructor(
    private readonly features: ReadonlyMap<string, CompiledFeature>,
    private readonly names: readonly string[],
    private readonly program: RuleProgram,
  ) {}

  evaluate<T>(name: string, context: Context, defaultValue: T): T | JsonValue {
    const feature = this.lookup(name);
    return feature === undefined ? defaultValue : feature.value(asContext(context));
  }

  evaluateDetails<T>(name: string, context: Context, defaultValue: T): EvaluationDetails<T> {
    const feature = this.lookup(name);
    return feature === undefined ? flagNotFound(name, defaultValue) : feature.details(asContext(context));
  }

  getEnabledFeatures(context: Context): string[] {
    return enabledFeatures(this.program, this.names, asContext(context));
  }

  has(name: string): boolean {
    return this.features.has(name);
  }

  private lookup(name: string): CompiledFeature | undefined {
    if (name === this.lastName) return this.lastFeature;
    const feature = this.features.get(name);
    this.lastName = name;
    this.lastFeature = feature;
    return feature;
  }
}

/** A missing (or non-object) context reads as `{}`, as Powertools does for `None`. */
function asContext(context: unknown): Context {
  return typeof context === "object" && context !== null ? (context as Context) : EMPTY_CONTEXT;
}

/**
 * Validates a feature-flags document and compiles it once, into closures and flat
 * rule tables, for fast, synchronous evaluation. The compiled form works on a private deep-frozen copy:
 * later changes to `document` do not affect it, and values it returns are frozen.
 * Features keep the document's key order, except that JavaScript lists
 * integer-like names ("1", "42") first, in numeric order.
 * @throws DocumentValidationError listing every defect when the document is invalid.
 * @example
 * const compiled = compileDocument({ premium: { default: false, rules: { r: { when_match: true,
 *   conditions: [{ action: "EQUALS", key: "tier", value: "premium" }] } } } });
 * compiled.evaluate("premium", { tier: "premium" }, false); // true
 * compiled.evaluateDetails("premium", { tier: "free" }, false); // { value: false, reason: "DEFAULT" }
 */
export function compileDocument(document: unknown, options: CompileOptions = {}): CompiledDocument {
  const issues = validateDocument(document);
  if (issues.length > 0) throw new DocumentValidationError(issues);
  const clock = options.clock ?? systemClock;
  const frozen = frozenJsonCopy(document) as JsonObject;
  const names = Object.keys(frozen);
  const definitions = names.map((name) => memberOf(frozen, name) as JsonObject);
  const program = new RuleProgram(definitions, clock);
  const features = new Map<string, CompiledFeature>();
  names.forEach((name, index) => features.set(name, compileFeature(definitions[index] as JsonObject, program, index)));
  return new CompiledFeatures(features, names, program);
}
