import { NATIVE_FLAGS_SCHEMA } from "../../pipeline/load/native/native-flags-schema.js";
import { FEATURE_FLAGS_SCHEMA } from "../../pipeline/load/schema/feature-flags-schema.js";
import { UsageError } from "../../cli-kit/cli-command.js";
import { toDraft04Schema } from "./draft-04.js";

/** The flags-file formats `flagtype schema` has a schema for. */
export const SCHEMA_FORMATS = ["powertools", "native"] as const;
export type SchemaFormat = (typeof SCHEMA_FORMATS)[number];

/**
 * The schema for `--format` and the draft switches: Powertools in draft-04 (the default, for
 * AppConfig's JSON Schema validator) or draft-07 (the editor schema); native AppConfig documents
 * in draft-07 only: AWS's published schema with the root fix, for editors. AppConfig checks
 * `AWS.AppConfig.FeatureFlags` profiles against that schema itself and lets such profiles have
 * only Lambda validators, so there is no draft-04 variant (`--draft-04` with `native` is a usage
 * error).
 * @example chooseSchema("native", { draft04: false, draft07: false }) === NATIVE_FLAGS_SCHEMA // true
 */
export function chooseSchema(format: SchemaFormat, drafts: { readonly draft04: boolean; readonly draft07: boolean }): object {
  if (format === "powertools") return drafts.draft07 ? FEATURE_FLAGS_SCHEMA : toDraft04Schema();
  if (drafts.draft04) {
    throw new UsageError(
      "--format native has a draft-07 schema only: AppConfig validates AWS.AppConfig.FeatureFlags profiles with it itself and takes only Lambda validators for them",
    );
  }
  return NATIVE_FLAGS_SCHEMA;
}
