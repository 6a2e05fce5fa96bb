import type { Node as JsonNode } from "jsonc-parser";
import type { JsonPath } from "./loaded-file.js";

/** A member found by walking a path: the value node, and the key node when it is an object member. */
export interface FoundNode {
  readonly value: JsonNode;
  readonly key?: JsonNode;
}

/** Looks nodes up by path in a jsonc-parser tree; with duplicate keys the last one wins, as in `JSON.parse`. */
export class JsonTree {
  private readonly memberIndexes = new WeakMap<JsonNode, Map<string, JsonNode>>();

  constructor(readonly root: JsonNode) {}

  /** The node at `path`, or the nearest existing ancestor when part of the path is absent. */
  find(path: JsonPath): FoundNode {
    let found: FoundNode = { value: this.root };
    for (const segment of path) {
      const next = this.child(found.value, segment);
      if (!next) break;
      found = next;
    }
    return found;
  }

  /** Keys of the object at `path` in source order, each once at its first occurrence; empty when that is no object. */
  keysOf(path: JsonPath): string[] {
    let node: JsonNode | undefined = this.root;
    for (const segment of path) node = node && this.child(node, segment)?.value;
    return node?.type === "object" ? [...this.membersOf(node).keys()] : [];
  }

  private child(node: JsonNode, segment: string | number): FoundNode | undefined {
    if (node.type === "array") {
      const item = typeof segment === "number" ? node.children?.[segment] : undefined;
      return item ? { value: item } : undefined;
    }
    if (node.type !== "object") return undefined;
    const property = this.membersOf(node).get(String(segment));
    const [key, value] = property?.children ?? [];
    return key && value ? { key, value } : undefined;
  }

  private membersOf(node: JsonNode): Map<string, JsonNode> {
    let members = this.memberIndexes.get(node);
    if (!members) {
      members = new Map();
      for (const property of node.children ?? []) {
        const key: unknown = property.children?.[0]?.value;
        if (typeof key === "string") members.set(key, property);
      }
      this.memberIndexes.set(node, members);
    }
    return members;
  }
}
