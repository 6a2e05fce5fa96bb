import schema from "./feature-flags.schema.json" with { type: "json" };

/**
 * The JSON Schema (draft-07) of a feature-flags document, as shipped in
 * `feature-flags.schema.json` for editors. Structure only: the rules it cannot
 * express are checked by the runtime's `validateDocument`.
 * @example
 * new Ajv({ allErrors: true }).compile(FEATURE_FLAGS_SCHEMA);
 */
export const FEATURE_FLAGS_SCHEMA: Readonly<Record<string, unknown>> = schema;
