import { describe, expect, it } from "vitest";
import { looksLikeNativeRetrievalMap, textLooksLikeNativeRetrievalMap } from "../../../../generator/commands/diff/retrieval-shape.js";

describe("looksLikeNativeRetrievalMap", () => {
  it.each<[string, unknown, boolean]>([
    ["a resolved map", { dark_mode: { enabled: true, theme: "dark" }, kill_switch: { enabled: false } }, true],
    ["an empty object (also an empty Powertools document)", {}, false],
    ["a Powertools feature", { beta: { default: true } }, false],
    ["a Powertools feature with an enabled member", { beta: { default: false, enabled: true } }, false],
    ["a non-boolean enabled", { beta: { enabled: "yes" } }, false],
    ["one member that is not a flag", { beta: { enabled: true }, other: 1 }, false],
    ["an array", [{ enabled: true }], false],
  ])("%s: %s", (_label, document, expected) => {
    expect(looksLikeNativeRetrievalMap(document)).toBe(expected);
  });

  it("reads text, and text that is not JSON is no retrieval map", () => {
    expect(textLooksLikeNativeRetrievalMap('{ "dark_mode": { "enabled": true } }')).toBe(true);
    expect(textLooksLikeNativeRetrievalMap(`'dark_mode'::'''{"enabled": true}'''`)).toBe(false);
  });
});
