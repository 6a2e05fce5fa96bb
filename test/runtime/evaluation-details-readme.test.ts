// The "Evaluation details" example of docs/runtime.md, verbatim except for the import path.
import { expect, it, vi } from "vitest";
import { FeatureFlags, FileStore } from "../../runtime/index.js";

it("runs the docs/runtime.md example for evaluateDetails", async () => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  // --- docs/runtime.md example starts
  const flags = new FeatureFlags({ store: new FileStore("flags/features.json") });

  const details = await flags.evaluateDetails("premium_features", { tier: "premium" }, false);
  // { value: true, reason: "RULE_MATCH", rule: "customer tier equals premium" }
  if (details.reason === "FALLBACK" && details.source !== undefined) {
    console.warn(`premium_features came from the ${details.source} document: ${details.errorMessage}`);
  }
  // --- docs/runtime.md example ends
  expect(details).toEqual({ value: true, reason: "RULE_MATCH", rule: "customer tier equals premium" });
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});
