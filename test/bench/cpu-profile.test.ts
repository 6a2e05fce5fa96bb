import { describe, expect, it } from "vitest";
import { categoryOf, selfTimeByCategory } from "./cpu-profile.js";

describe("categoryOf", () => {
  it.each([
    ["(garbage collector)", "", "garbage collection"],
    ["(program)", "", "V8 and native code (compiling, parsing, bindings)"],
    ["x", "node:internal/deps/undici/undici", "undici (fetch)"],
    ["x", "node:internal/modules/esm/loader", "Node.js module loading"],
    ["x", "node:_http_agent", "Node.js core (http, net, streams, timers…)"],
    ["x", "file:///repo/node_modules/@smithy/core/dist-cjs/index.js", "@smithy"],
    ["x", "file:///repo/node_modules/yaml/dist/index.js", "other packages"],
    ["x", "file:///repo/.bench/bundles/tier-handler.mjs", "the probe's bundle (flagtype runtime, generated module, handler)"],
  ])("%s in %s is %s", (functionName, url, category) => {
    expect(categoryOf(functionName, url)).toBe(category);
  });
});

describe("selfTimeByCategory", () => {
  it("charges each sample's time delta to the function on top of the stack", () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: "(root)", url: "" } },
        { id: 2, callFrame: { functionName: "load", url: "node:internal/modules/cjs/loader" } },
        { id: 3, callFrame: { functionName: "(garbage collector)", url: "" } },
      ],
      samples: [2, 2, 3, 2],
      timeDeltas: [1000, 2000, 500, 1500],
    };
    expect(selfTimeByCategory(profile)).toEqual([
      ["Node.js module loading", 4.5],
      ["garbage collection", 0.5],
    ]);
  });
});
