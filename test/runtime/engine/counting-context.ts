/** A context that records each read of an entry (`context[key]`) and each own-property check. */
export function countingContext(entries: Record<string, unknown>): {
  context: Record<string, unknown>;
  reads: Map<string, number>;
  ownChecks: Map<string, number>;
} {
  const reads = new Map<string, number>();
  const ownChecks = new Map<string, number>();
  const bump = (counts: Map<string, number>, key: string | symbol) => {
    if (typeof key === "string") counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const context = new Proxy(entries, {
    get(target, key, receiver) {
      bump(reads, key);
      return Reflect.get(target, key, receiver);
    },
    getOwnPropertyDescriptor(target, key) {
      bump(ownChecks, key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  return { context, reads, ownChecks };
}
