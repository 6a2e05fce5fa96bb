// The README's "Evaluation details" example, verbatim except for the import path.
import { expect, it, vi } from "vitest";
import { FeatureFlags, FileStore } from "../../runtime/index.js";

it("runs the README example for evaluateDetails", async () => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  // --- README example starts
  const flags = new FeatureFlags({ store: new FileStore("flags/features.json") });

  const details = await flags.evaluateDetails("premium_features", { tier: "premium" }, false);
  // { value: true, reason: "RULE_MATCH", rule: "customer tier equals premium" }
  if (details.reason === "FALLBACK" && details.source !== undefined) {
    console.warn(`premium_features came from the ${details.source} document: ${details.errorMessage}`);
  }
  // --- README example ends
  expect(details).toEqual({ value: true, reason: "RULE_MATCH", rule: "customer tier equals premium" });
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});
