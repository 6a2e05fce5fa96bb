export { FeatureFlags, type FeatureFlagsOptions } from "./feature-flags.js";
export type { EvaluationDetails, EvaluationErrorCode, EvaluationReason, FallbackSource, FeatureDetails } from "./evaluation-details.js";
export type { PeekableStore } from "./document-loader.js";
export { InMemoryStore } from "./stores/in-memory-store.js";
export { FileStore } from "./stores/file-store.js";
export { AppConfigStore, type AppConfigStoreOptions } from "./stores/appconfig-store.js";
export { AppConfigAgentStore, type AppConfigAgentStoreOptions } from "./stores/appconfig-agent-store.js";
export type { RetryOptions } from "./stores/retry-policy.js";
export type { AppConfigDataClientLike } from "./stores/appconfig-client.js";
export { validateDocument } from "./engine/validate.js";
export { compileDocument, type CompileOptions } from "./engine/compile.js";
export type { CompiledDocument } from "./engine/compiled-document.js";
export { DocumentValidationError, ConfigurationStoreError, FlagEvaluationError, ConfigurationError } from "./errors.js";
export type {
  Clock,
  ConditionDefinition,
  ConfigurationStore,
  FeatureDefinition,
  FeaturesDocument,
  JsonPrimitive,
  JsonValue,
  Logger,
  RuleAction,
  RuleDefinition,
  ValidationIssue,
} from "./types.js";
export { RULE_ACTIONS } from "./types.js";
export { defineFeatures, type BuildTimeDocument, type ConfigureOptions, type ContextArgs, type FeaturesDefinition, type ReadonlyJsonValue, type TestFeatures, type TypedFeatures } from "./typed/define-features.js";
export { NativeFeatureFlags, type NativeFeatureFlagsOptions, type VariantStore } from "./native/native-feature-flags.js";
export type { FlagAnswer } from "./native/flag-answer.js";
export { defineNativeFeatures, type BuildTimeFlagsDocument, type NativeFeaturesDefinition, type TypedNativeFeatures } from "./typed/define-native-features.js";
