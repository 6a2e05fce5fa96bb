import type { JsonValue } from "@flagtype/runtime";
import type { SourcePosition } from "../load/loaded-file.js";
import type { TsType } from "./ts-type.js";

/** Everything the emit stage needs for one flags file; every naming and typing decision is made here. */
export interface ModuleModel {
  readonly format: "powertools";
  /** Output file name, e.g. `features.ts`. */
  readonly fileName: string;
  /** Flags file path as shown to users, e.g. `flags/features.json` (goes into the header). */
  readonly sourceFile: string;
  /** AppConfig profile name: the flags file's base name. */
  readonly profile: string;
  /** PascalCase prefix of module-specific type names, e.g. `Features` → `FeaturesFlagName`. */
  readonly typePrefix: string;
  /** Sorted by key (code-unit order) for byte-stable output. */
  readonly flags: readonly FlagModel[];
  /** Context of `getEnabledFeatures`: every key any flag reads. */
  readonly enabledContext: ContextModel;
  /** The validated document, embedded as the last fallback; document order kept (rule order matters). */
  readonly document: JsonValue;
  /** Types converted from the declared types file, when there is one. */
  readonly declared?: DeclaredTypesModel;
}

export interface FlagModel {
  readonly key: string;
  /** PascalCase form of the key, e.g. `PremiumFeatures`. */
  readonly pascalName: string;
  /** `isPremiumFeaturesEnabled` (boolean) or `getPriceTier` (value). */
  readonly accessorName: string;
  readonly kind: "boolean" | "value";
  readonly description?: string;
  /** Name of the exported context type; absent when the flag reads no context. */
  readonly contextTypeName?: string;
  readonly context: ContextModel;
  /** Name of the exported value type (value flags only). */
  readonly valueTypeName?: string;
  /** `boolean` for boolean flags; inferred or a reference to a declared type otherwise. */
  readonly valueType: TsType;
  readonly defaultValue: JsonValue;
  /** Where the flag's key is in the flags file. */
  readonly position: SourcePosition;
}

/** What a flag (or `getEnabledFeatures`) needs from its caller. */
export type ContextModel =
  | { readonly kind: "none" }
  | { readonly kind: "inferred"; readonly fields: readonly ContextField[] }
  /** Keys picked from the declared context type (optionality as declared). */
  | {
      readonly kind: "declared";
      readonly typeName: string;
      readonly keys: readonly string[];
      /** Whether every one of `keys` is known to be optional, so `{}` is a valid context. */
      readonly allOptional: boolean;
    };

export interface ContextField {
  readonly key: string;
  readonly type: TsType;
  /** Keys any rule reads are required. */
  readonly required: boolean;
  /** First condition that reads the key. */
  readonly position: SourcePosition;
}

/** Declarations produced by json-schema-to-typescript, as TypeScript source checked to hold only types. */
export interface DeclaredTypesModel {
  readonly contextTypeName: string;
  /** `interface` / `type` declarations, LF line endings, in converter order. */
  readonly declarations: string;
  /** Every top-level name the declarations introduce. */
  readonly names: readonly string[];
  /** Keys the declared context is known to make optional (the rest count as required). */
  readonly optionalContextKeys: readonly string[];
}
