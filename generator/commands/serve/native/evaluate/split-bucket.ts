/**
 * A deterministic traffic split for local evaluation. AWS's hash, input encoding and bucket
 * resolution are undocumented, so this is NOT AWS's assignment: the same user may land
 * differently here and at the agent. What it shares with AWS is the documented behaviour:
 * consistent per value, the same seed splits the same way everywhere, and successive splits of
 * one flag overlap rather than partition.
 *
 * Scheme: FNV-1a 32-bit over the UTF-8 bytes of `by + seed`, then MurmurHash3's 32-bit
 * finalizer; bucket = (hash % 100000) / 1000, a number in [0, 100) with 0.001 resolution; in the
 * split when bucket < pct. The finalizer is ours: plain FNV-1a (as one emulator uses) barely
 * mixes the last bytes, so splits whose seeds differ only at the end are correlated (measured:
 * a pct::25 split after a differently seeded pct::20 one got 24.7% of traffic instead of 20%).
 */

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const encoder = new TextEncoder();

/**
 * FNV-1a 32-bit hash of the UTF-8 bytes of `text`, as an unsigned integer.
 * @example fnv1a32("a") // 0xe40c292c
 */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of encoder.encode(text)) {
    hash = Math.imul(hash ^ byte, FNV_PRIME) >>> 0;
  }
  return hash;
}

/**
 * MurmurHash3's fmix32: spreads every input bit over the whole result.
 * @example mix32(0) // 0
 */
export function mix32(hash: number): number {
  let h = hash >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The local bucket of a context value, in [0, 100).
 * @example splitBucket("user-1", "abc") < 10 // whether user-1 is in (split pct::10 by::$userId seed::"abc")
 */
export function splitBucket(by: string, seed: string): number {
  return (mix32(fnv1a32(by + seed)) % 100_000) / 1000;
}
