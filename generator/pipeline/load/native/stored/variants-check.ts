import { compileVariants } from "../rules/compile-variants.js";
import type { FlagDefinition } from "./stored-document.js";
import { isPlainObject } from "./stored-document.js";
import { LIMITS, type StoredFindings, type StoredPath } from "./stored-finding.js";
import { checkAttributeValues } from "./value-check.js";

/**
 * Checks a multi-variant value: at most 32 variants; the last is the default and has no rule;
 * every other variant has a rule that parses and checks (findings inside a rule carry its
 * offset); names are unique; attribute values satisfy the shared definition. Siblings of
 * `_variants` are undocumented and reported as ignored.
 * @example checkVariants(DOCUMENT_B.values.new_search, definition, ["values", "new_search"], findings)
 */
export function checkVariants(value: Readonly<Record<string, unknown>>, definition: FlagDefinition | undefined, path: StoredPath, findings: StoredFindings): void {
  // Non-objects fail the schema; keep their places so indexes match the document.
  const variants = (value._variants as readonly unknown[]).map((variant) => (isPlainObject(variant) ? variant : {}));
  const variantsPath = [...path, "_variants"];
  for (const key of Object.keys(value)) {
    if (key !== "_variants" && key !== "_createdAt" && key !== "_updatedAt") {
      findings.warning([...path, key], `${key} beside _variants is undocumented; the variants decide the answer`);
    }
  }
  if (variants.length > LIMITS.variantsPerFlag) {
    findings.error(variantsPath, `a flag has at most ${LIMITS.variantsPerFlag} variants, found ${variants.length}`);
  }
  const inputs = variants.map((variant) => ({ name: String(variant.name), rule: typeof variant.rule === "string" ? variant.rule : undefined }));
  for (const finding of compileVariants(inputs).findings) {
    const { variant, severity, message, offset, length } = finding;
    const at = offset === undefined ? [...variantsPath, variant] : [...variantsPath, variant, "rule"];
    const rule = finding.syntax ? "syntax" : "language";
    findings.add(offset === undefined ? { path: at, severity, message } : { path: at, severity, rule, message, offset, length: length ?? 1 });
  }
  const seen = new Map<string, number>();
  variants.forEach((variant, index) => {
    const name = String(variant.name);
    const first = seen.get(name);
    if (first !== undefined) findings.warning([...variantsPath, index, "name"], `variant name ${JSON.stringify(name)} is already used by variant ${first}`);
    else seen.set(name, index);
    const attributeValues = isPlainObject(variant.attributeValues) ? Object.entries(variant.attributeValues) : [];
    checkAttributeValues(attributeValues, variant.enabled === true, definition, [...variantsPath, index, "attributeValues"], findings);
  });
}

