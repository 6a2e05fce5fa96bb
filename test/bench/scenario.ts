import type { FeatureDefinition as GrowthBookFeature } from "@growthbook/growthbook";
import type { FeaturesDocument } from "../../runtime/index.js";

/** A request context as every engine receives it (plain JSON-like data). */
export type BenchContext = Readonly<Record<string, string | number | boolean>>;

/** What one operation returns, normalised across engines: a flag value or the enabled flag names. */
export type Answer = boolean | string | readonly string[];

/** One flag in flagd's flag-definition format (https://flagd.dev/reference/flag-definitions/). */
export interface FlagdFlag {
  readonly state: "ENABLED" | "DISABLED";
  readonly variants: Readonly<Record<string, boolean | string>>;
  readonly defaultVariant: string;
  /** A JSON-logic expression that yields a variant name. */
  readonly targeting?: unknown;
}

/** What an operation asks every engine. */
export type Operation =
  | { readonly kind: "evaluate"; readonly flag: string; readonly defaultValue: boolean | string }
  | { readonly kind: "enabled" };

/**
 * One benchmark scenario expressed for every engine. The translations must agree:
 * the bench checks every engine's answers against flagtype's before timing.
 */
export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly operation: Operation;
  /** Contexts cycled through during timing, in order. */
  readonly contexts: readonly BenchContext[];
  readonly powertools: FeaturesDocument;
  readonly flagd: Readonly<Record<string, FlagdFlag>>;
  readonly growthbook: Readonly<Record<string, GrowthBookFeature>>;
  /** The same decision written by hand in plain JavaScript: the ceiling. */
  readonly handWritten: (context: BenchContext) => Answer;
}
