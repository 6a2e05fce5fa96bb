import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeProject, removeProject, runIn } from "./cli-harness.js";

/** `IN` with a number raises in Python for every context, and 2^53 + 1 is read rounded by JavaScript. */
const FLAGS = `{
  "discount": {
    "default": 0,
    "boolean_type": false,
    "rules": {
      "vip": {
        "when_match": 9007199254740993,
        "conditions": [{ "action": "IN", "key": "tier", "value": 3 }]
      }
    }
  }
}
`;

const WARNINGS =
  "flags/features.json:7:23 warning FT033 integer 9007199254740993 (\"when_match\") is not exactly representable in JavaScript:" +
  " the runtime reads it as 9007199254740992 while Powertools for Python compares and returns it exactly; keep integers within ±9007199254740991 or use a string\n" +
  "flags/features.json:8:66 warning FT032 conditions[0] of rule \"vip\" can never match: IN with the number 3 as value raises for every context value" +
  " and an erroring comparison is false (Python's \"in\" needs a list, string or object; use a list, e.g. [3])\n";

let project: string;
beforeEach(async () => {
  project = await makeProject({ "flags/features.json": FLAGS });
});
afterEach(async () => {
  await removeProject(project);
});

describe("conditions that can never match (FT032) and integers JavaScript rounds (FT033)", () => {
  it("generate prints both warnings, exits 0 and still writes", async () => {
    expect(await runIn(project, ["generate"])).toEqual({ code: 0, stdout: "wrote generated/features.ts\n", stderr: WARNINGS });
    expect(await readdir(join(project, "generated"))).toEqual(["features.ts"]);
  });
});
