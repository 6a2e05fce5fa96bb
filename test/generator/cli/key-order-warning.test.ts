import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeProject, removeProject, runIn, writeFiles } from "./cli-harness.js";

/** Powertools tries "gold tier" first; JavaScript lists "1" first, so the runtime would try it first. */
const REORDERED_RULES = `{
  "discount": {
    "default": false,
    "rules": {
      "gold tier": {
        "when_match": true,
        "conditions": [{ "action": "EQUALS", "key": "tier", "value": "gold" }]
      },
      "1": {
        "when_match": false,
        "conditions": [{ "action": "STARTSWITH", "key": "tier", "value": "g" }]
      }
    }
  }
}
`;

const WARNING =
  'flags/features.json:9:7 warning FT031 rule names "1" in feature "discount" are integer-like, so the runtime (JSON.parse) orders them first and numerically' +
  ' ("1", then the other rules in file order) while Powertools for Python keeps the file order: a different rule can match first; rename them, e.g. "rule_1"\n';

let project: string;
beforeEach(async () => {
  project = await makeProject({ "flags/features.json": REORDERED_RULES });
});
afterEach(async () => {
  await removeProject(project);
});

describe("integer-like names the runtime reorders (FT031)", () => {
  it("validate prints the warning and exits 0", async () => {
    expect(await runIn(project, ["validate"])).toEqual({ code: 0, stdout: "flags: 1 flags file checked, no errors, 1 warning\n", stderr: WARNING });
  });

  it("generate prints the warning, still writes, and --quiet hides it but for its count", async () => {
    expect(await runIn(project, ["generate"])).toEqual({ code: 0, stdout: "wrote generated/features.ts\n", stderr: WARNING });
    expect(await readdir(join(project, "generated"))).toEqual(["features.ts"]);
    expect((await runIn(project, ["generate", "--quiet"])).stderr).toBe("flagtype: 1 warning not shown (--quiet)\n");
  });

  it("says nothing once the rule is renamed", async () => {
    await writeFiles(project, { "flags/features.json": REORDERED_RULES.replace('"1":', '"rule_1":') });
    expect(await runIn(project, ["validate"])).toEqual({ code: 0, stdout: "flags: 1 flags file checked, no errors\n", stderr: "" });
  });
});
