import { Ajv, type ValidateFunction } from "ajv";
import { DeclaredSchemaError, metaSchemaProblems } from "./schema-problems.js";
import { isSchemaObject, memberOf, pointerTo, type SchemaObject } from "./schema-walk.js";

const ROOT_KEY = "flagtype-declared";

/**
 * Validates values against subschemas of the declared types file, addressed by JSON pointer, so
 * `$ref`s resolve against the whole file. Formats are not checked (no format plugins are bundled).
 */
export class DeclaredValidator {
  private readonly ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  /**
   * Throws when the file holds an invalid JSON Schema (a {@link DeclaredSchemaError} with positions
   * when the meta-schema rejects it); the caller turns that into diagnostics.
   * Every top-level schema is compiled here, so no later lookup can fail on a schema ajv rejects.
   */
  constructor(root: SchemaObject) {
    // Laid out with standard keywords so the meta-schema reaches the context and value schemas too.
    const { context, values, ...definitions } = root;
    const asStandardSchema = { ...definitions, properties: { context, values: { properties: values ?? {} } } };
    if (!this.ajv.validateSchema(asStandardSchema)) throw new DeclaredSchemaError(metaSchemaProblems(this.ajv.errors ?? []));
    this.ajv.addSchema(root, ROOT_KEY);
    for (const pointer of topLevelPointers(root)) this.validatorAt(pointer);
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

/** The context schema, each declared value schema and each definition, as JSON pointers. */
function topLevelPointers(root: SchemaObject): string[] {
  const pointers = ["#/context"];
  for (const group of ["values", "$defs", "definitions"]) {
    const members = memberOf(root, group);
    if (isSchemaObject(members)) pointers.push(...Object.keys(members).map((name) => pointerTo([group, name])));
  }
  return pointers;
}
