import { describe, expect, it } from "vitest";
import { fnv1a32, mix32, splitBucket } from "../../../../../../generator/commands/serve/native/evaluate/split-bucket.js";

describe("fnv1a32", () => {
  it.each([
    ["", 0x811c9dc5],
    ["a", 0xe40c292c],
    ["foobar", 0xbf9cf968],
  ])("matches the published FNV-1a 32 test vector for %j", (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });

  it("hashes UTF-8 bytes, not UTF-16 code units", () => {
    expect(fnv1a32("é")).toBe(fnv1a32("\u00e9"));
    expect(fnv1a32("é")).not.toBe(fnv1a32("\u00e9".normalize("NFD")));
  });
});

describe("mix32", () => {
  it.each([
    [0, 0],
    [1, 0x514e28b7],
  ])("matches MurmurHash3's fmix32 for %i", (input, output) => {
    expect(mix32(input)).toBe(output);
  });
});

describe("splitBucket", () => {
  it("is in [0, 100) with 0.001 resolution and depends on by + seed", () => {
    const bucket = splitBucket("user-1", "abc");
    expect(bucket).toBeGreaterThanOrEqual(0);
    expect(bucket).toBeLessThan(100);
    expect(Number.isInteger(Math.round(bucket * 1000))).toBe(true);
    expect(bucket).toBe((mix32(fnv1a32("user-1abc")) % 100000) / 1000);
  });
});
