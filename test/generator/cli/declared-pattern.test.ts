import { expect, it } from "vitest";
import { makeTestProject, runIn, snapshot } from "./cli-harness.js";

const SHOP_FLAGS = '{ "pricing": { "boolean_type": false, "default": { "plan": "basic" } } }\n';
const SHOP_TYPES = `{
  "context": { "type": "object" },
  "values": { "pricing": { "type": "object", "properties": { "plan": { "type": "string", "pattern": "*/ evil()" } } } }
}
`;

it("an invalid pattern in the declared types is a positioned FT110: exit 1, nothing written", async () => {
  const project = await makeTestProject({ "flags/shop.json": SHOP_FLAGS, "flags/shop.schema.json": SHOP_TYPES });
  const before = await snapshot(project);
  const run = await runIn(project, ["generate"]);
  expect(run).toEqual({
    code: 1,
    stdout: "",
    stderr:
      'flags/shop.schema.json:3:101 error FT110 "pattern" is not a valid regular expression: Nothing to repeat\n' +
      "flagtype: 1 error; nothing written\n",
  });
  expect(await snapshot(project)).toEqual(before);
});
