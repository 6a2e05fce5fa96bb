import { describePath, type DocumentFinding } from "./document-finding.js";
import { LOAD_CODES } from "./load-codes.js";
import type { JsonPath } from "./loaded-file.js";

/** The keys of the object at a path as the file lists them (first occurrence of each). */
export type FileKeyOrder = (path: JsonPath) => readonly string[];

/** What one checked object holds, for the message: its members' noun and what the order decides. */
interface OrderedObject {
  readonly path: JsonPath;
  readonly runtimeKeys: readonly string[];
  readonly noun: "feature" | "rule";
  readonly consequence: string;
}

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
const MAX_ARRAY_INDEX = 2 ** 32 - 2;

/**
 * Warns where the runtime would see feature or rule names in another order than the file:
 * `JSON.parse` objects enumerate array-index keys ("0", "42") first, in numeric order, while
 * Powertools for Python keeps the file order. Rule order decides which rule matches first and
 * feature order is `getEnabledFeatures`' order, so such names silently change behaviour.
 * `document` is the parsed value, whose `Object.keys` order is the runtime's.
 * @example
 * findReorderedKeys({ b: { default: true, rules: { x: {}, "1": {} } } }, () => ["x", "1"])[0]?.path
 * // ["b", "rules", "1"]
 */
export function findReorderedKeys(document: unknown, fileKeysAt: FileKeyOrder): DocumentFinding[] {
  if (!isPlainObject(document)) return [];
  const checked: OrderedObject[] = [
    { path: [], runtimeKeys: Object.keys(document), noun: "feature", consequence: "getEnabledFeatures lists features in another order" },
  ];
  for (const [name, feature] of Object.entries(document)) {
    const rules = isPlainObject(feature) && Object.hasOwn(feature, "rules") ? feature["rules"] : undefined;
    if (!isPlainObject(rules)) continue;
    checked.push({ path: [name, "rules"], runtimeKeys: Object.keys(rules), noun: "rule", consequence: "a different rule can match first" });
  }
  return checked.flatMap((object) => reorderFinding(object, fileKeysAt(object.path)) ?? []);
}

/** Whether `key` is an array index, the keys every JavaScript object enumerates first. */
export function isArrayIndexKey(key: string): boolean {
  return ARRAY_INDEX.test(key) && Number(key) <= MAX_ARRAY_INDEX;
}

function reorderFinding(object: OrderedObject, fileKeys: readonly string[]): DocumentFinding | undefined {
  const { path, runtimeKeys } = object;
  // The first place the orders part is always an integer-like key the runtime moved ahead.
  const moved = runtimeKeys.find((key, index) => fileKeys[index] !== key);
  if (moved === undefined) return undefined;
  return { path: [...path, moved], part: "key", severity: "warning", code: LOAD_CODES.integerNamesReordered, message: reorderMessage(object, fileKeys) };
}

function reorderMessage(object: OrderedObject, fileKeys: readonly string[]): string {
  const { path, runtimeKeys, noun, consequence } = object;
  const inFile = fileKeys.filter(isArrayIndexKey);
  const atRuntime = runtimeKeys.filter(isArrayIndexKey);
  const rest = atRuntime.length < runtimeKeys.length ? `, then the other ${noun}s in file order` : "";
  const where = path.length === 0 ? "" : ` in ${describePath(path.slice(0, 1))}`;
  const example = JSON.stringify(`${noun}_${inFile[0] ?? ""}`);
  return `${noun} names ${quoteAll(inFile)}${where} are integer-like, so the runtime (JSON.parse) orders them first and numerically ` +
    `(${quoteAll(atRuntime)}${rest}) while Powertools for Python keeps the file order: ${consequence}; rename them, e.g. ${example}`;
}

function quoteAll(names: readonly string[]): string {
  return names.map((name) => JSON.stringify(name)).join(", ");
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
