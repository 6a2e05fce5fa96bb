import type { JsonValue } from "@flagtype/runtime";
import type { SourcePosition } from "../../load/loaded-file.js";
import type { ContextModel } from "../flags-model.js";
import type { TsType } from "../ts-type.js";

/**
 * Everything the emit stage needs for one native (`AWS.AppConfig.FeatureFlags`) flags file; every
 * naming and typing decision is made here.
 */
export interface NativeModuleModel {
  readonly format: "native";
  /** Output file name, e.g. `shop.ts`. */
  readonly fileName: string;
  /** Flags file path as shown to users (goes into the header). */
  readonly sourceFile: string;
  /** AppConfig profile name: the flags file's base name. */
  readonly profile: string;
  /** PascalCase prefix of module-specific type names, e.g. `Shop` → `ShopFlagName`. */
  readonly typePrefix: string;
  /** Sorted by key (code-unit order) for byte-stable output. */
  readonly flags: readonly NativeFlagModel[];
  /** Context of `getEnabledFeatures`: every key any variant rule reads, each optional (a missing key picks the default variant). */
  readonly enabledContext: ContextModel;
  /** The stored document, embedded as the last fallback; document order kept (variant order matters). */
  readonly document: JsonValue;
}

export interface NativeFlagModel {
  readonly key: string;
  /** PascalCase form of the key, e.g. `CheckoutV2`. */
  readonly pascalName: string;
  /** `isCheckoutV2Enabled`: whether the flag is on. */
  readonly enabledAccessorName: string;
  /** `getCheckoutV2`: the flag's whole answer (`enabled`, attributes, `_variant`). */
  readonly valueAccessorName: string;
  /** The flag's display name in AppConfig, when it differs from the key. */
  readonly displayName?: string;
  readonly description?: string;
  /** Set when the flag is marked for deprecation; `date` is `YYYY-MM-DD` when planned for a day. */
  readonly deprecation?: { readonly date?: string };
  /** Declared attributes, sorted by key, typed from their constraints. */
  readonly attributes: readonly AttributeModel[];
  /** Variant names in evaluation order (the default last); absent for a basic flag. */
  readonly variants?: readonly string[];
  /** Name of the exported variant-name type (multi-variant flags only). */
  readonly variantTypeName?: string;
  /** Name of the exported context type; absent when the flag reads no context (basic flags). */
  readonly contextTypeName?: string;
  readonly context: ContextModel;
  /** Name of the exported value type, e.g. `CheckoutV2Value`. */
  readonly valueTypeName: string;
  /** Where the flag's key is in the flags file. */
  readonly position: SourcePosition;
}

export interface AttributeModel {
  readonly key: string;
  readonly type: TsType;
  /** `required: true` in the constraints: present in every enabled answer. */
  readonly required: boolean;
  readonly description?: string;
}
