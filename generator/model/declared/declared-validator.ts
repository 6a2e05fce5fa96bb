import { Ajv, type ValidateFunction } from "ajv";
import type { SchemaObject } from "./schema-walk.js";

const ROOT_KEY = "flagtype-declared";

/**
 * Validates values against subschemas of the declared types file, addressed by JSON pointer, so
 * `$ref`s resolve against the whole file. Formats are not checked (no format plugins are bundled).
 */
export class DeclaredValidator {
  private readonly ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  /** Throws when the file holds an invalid JSON Schema; the caller turns that into a diagnostic. */
  constructor(root: SchemaObject) {
    // Laid out with standard keywords so the meta-schema reaches the context and value schemas too.
    const { context, values, ...definitions } = root;
    const asStandardSchema = { ...definitions, properties: { context, values: { properties: values ?? {} } } };
    if (!this.ajv.validateSchema(asStandardSchema)) throw new Error(this.ajv.errorsText(this.ajv.errors));
    this.ajv.addSchema(root, ROOT_KEY);
    this.validatorAt("#/context");
  }

  /** `undefined` when `value` is valid against the schema at `pointer`, else ajv's message. */
  problemWith(pointer: string, value: unknown): string | undefined {
    const validate = this.validatorAt(pointer);
    if (validate(value)) return undefined;
    const [first] = validate.errors ?? [];
    if (!first) return "does not match";
    const where = first.instancePath === "" ? "" : `at ${first.instancePath} `;
    return `${where}${first.message ?? "does not match"}`;
  }

  private validatorAt(pointer: string): ValidateFunction {
    const known = this.compiled.get(pointer);
    if (known) return known;
    const validate = this.ajv.getSchema(`${ROOT_KEY}${pointer}`);
    if (!validate) throw new Error(`flagtype: no declared schema at ${pointer}`);
    this.compiled.set(pointer, validate);
    return validate;
  }
}
