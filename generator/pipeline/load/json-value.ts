import type { Node as JsonNode } from "jsonc-parser";

/** A key that appears again later in the same object. */
export interface DuplicateKey {
  readonly key: string;
  readonly firstOffset: number;
  readonly repeatOffset: number;
}

/**
 * Builds the value `JSON.parse` would return from a parsed tree: ordinary objects, members in
 * source order, the last duplicate winning in the first one's place, and `__proto__` an own property.
 */
export function buildJsonValue(root: JsonNode): { value: unknown; duplicates: DuplicateKey[] } {
  const duplicates: DuplicateKey[] = [];
  const build = (node: JsonNode): unknown => {
    if (node.type === "array") return (node.children ?? []).map(build);
    if (node.type === "object") return buildObject(node, build, duplicates);
    return node.value as unknown;
  };
  return { value: build(root), duplicates };
}

function buildObject(node: JsonNode, build: (node: JsonNode) => unknown, duplicates: DuplicateKey[]): object {
  const object: Record<string, unknown> = {};
  const firstOffsets = new Map<string, number>();
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode || typeof keyNode.value !== "string") continue;
    const key = keyNode.value;
    const firstOffset = firstOffsets.get(key);
    if (firstOffset === undefined) firstOffsets.set(key, keyNode.offset);
    else duplicates.push({ key, firstOffset, repeatOffset: keyNode.offset });
    const value = build(valueNode);
    // Plain assignment to "__proto__" would replace the prototype instead of adding a member.
    if (key === "__proto__") Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    else object[key] = value;
  }
  return object;
}
