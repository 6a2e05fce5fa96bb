import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeProject, removeProject, runIn, writeFiles } from "./cli-harness.js";

/** No value is both a string equal to "gold" and a number greater than 5. */
const FLAGS = `{
  "gold_discount": {
    "default": false,
    "rules": {
      "gold and senior": {
        "when_match": true,
        "conditions": [
          { "action": "EQUALS", "key": "tier", "value": "gold" },
          { "action": "KEY_GREATER_THAN_VALUE", "key": "tier", "value": 5 }
        ]
      }
    }
  }
}
`;

const WARNING =
  'flags/features.json:9:56 warning FT034 rule "gold and senior" can never match: conditions[0] (EQUALS "gold") needs "tier" to be a string' +
  ' and conditions[1] (KEY_GREATER_THAN_VALUE 5) needs it to be a boolean or a number; no context value is both\n';

let project: string;
beforeEach(async () => {
  project = await makeProject({ "flags/features.json": FLAGS });
});
afterEach(async () => {
  await removeProject(project);
});

describe("a rule comparing one key as two incompatible types (FT034)", () => {
  it("generate warns at the second condition's key, exits 0 and still writes", async () => {
    expect(await runIn(project, ["generate"])).toEqual({ code: 0, stdout: "wrote generated/features.ts\n", stderr: WARNING });
    expect(await readdir(join(project, "generated"))).toEqual(["features.ts"]);
  });

  it("validate --max-warnings 0 fails on it", async () => {
    expect(await runIn(project, ["validate", "--max-warnings", "0"])).toEqual({ code: 1, stdout: "", stderr: `${WARNING}flagtype: 1 warning (more than --max-warnings 0)\n` });
  });

  it("says nothing when the rule compares another key", async () => {
    await writeFiles(project, { "flags/features.json": FLAGS.replace('"key": "tier", "value": 5', '"key": "age", "value": 5') });
    expect(await runIn(project, ["validate"])).toEqual({ code: 0, stdout: "flags: 1 flags file checked, no errors\n", stderr: "" });
  });
});
